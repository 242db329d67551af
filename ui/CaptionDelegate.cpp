#include "CaptionDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

namespace rebuttal {

namespace {

constexpr int kMargin = 4;

} // namespace

CaptionDelegate::CaptionDelegate(int captionRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_captionRole(captionRole)
{
}

QFont CaptionDelegate::captionFont(const QFont &font)
{
    QFont smaller = font;
    smaller.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() * 0.88 : font.pointSizeF());
    return smaller;
}

void CaptionDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString name = opt.text;
    const QString caption = index.data(m_captionRole).toString();
    opt.text.clear();
    // The style draws the background, selection and focus; the two lines are drawn here.
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QRect text = opt.rect.adjusted(kMargin, kMargin / 2, -kMargin, -kMargin / 2);
    const QFontMetrics nameMetrics(opt.font);
    const QFont small = captionFont(opt.font);
    const QFontMetrics captionMetrics(small);
    painter->save();
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(opt.font);
    painter->drawText(QRect(text.left(), text.top(), text.width(), nameMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      nameMetrics.elidedText(name, Qt::ElideMiddle, text.width()));
    QColor captionColor = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
    painter->setPen(captionColor);
    painter->setFont(small);
    painter->drawText(QRect(text.left(), text.top() + nameMetrics.height(), text.width(), captionMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, captionMetrics.elidedText(caption, Qt::ElideRight, text.width()));
    painter->restore();
}

QSize CaptionDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QFontMetrics nameMetrics(opt.font);
    const QFontMetrics captionMetrics(captionFont(opt.font));
    const int width = std::max(nameMetrics.horizontalAdvance(opt.text), captionMetrics.horizontalAdvance(index.data(m_captionRole).toString()));
    return QSize(width + 2 * kMargin, nameMetrics.height() + captionMetrics.height() + kMargin);
}

} // namespace rebuttal
