// Draws a cell as its name with a caption line under it, in smaller type ("3 pages · 10 redactions"),
// for a narrow list whose figures would otherwise need columns of their own and sideways scrolling.
#pragma once

#include <QStyledItemDelegate>

namespace rebuttal {

class CaptionDelegate : public QStyledItemDelegate
{
public:
    // The caption is the model's `captionRole` text; the name is cut in the middle when too long
    // (the file's extension stays), so the model's tooltip should carry it whole.
    CaptionDelegate(int captionRole, QObject *parent);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static QFont captionFont(const QFont &font);

    int m_captionRole;
};

} // namespace rebuttal
