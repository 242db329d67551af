#include "TableColumns.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QHelpEvent>
#include <QMenu>
#include <QPainter>
#include <QStyle>
#include <QSettings>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolTip>

#include <algorithm>

namespace rebuttal {

namespace {

// Shows a cell's whole text when the column is too narrow for it, before any tooltip the model
// gives (which usually explains the column rather than repeating the cell).
class FullTextTipDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override
    {
        if (event->type() != QEvent::ToolTip || !index.isValid())
            return QStyledItemDelegate::helpEvent(event, view, option, index);
        const QString text = index.data(Qt::DisplayRole).toString();
        const QString tip = index.data(Qt::ToolTipRole).toString();
        QString shown = tip;
        if (isCut(option, index) && !tip.contains(text))
            shown = tip.isEmpty() ? text : text + QStringLiteral("\n\n") + tip;
        if (shown.isEmpty())
            return QStyledItemDelegate::helpEvent(event, view, option, index); // the view's own tooltip
        QToolTip::showText(event->globalPos(), shown, view, view->visualRect(index));
        return true;
    }

    static bool isCut(const QStyleOptionViewItem &option, const QModelIndex &index)
    {
        const QString text = index.data(Qt::DisplayRole).toString();
        if (text.isEmpty())
            return false;
        // The cell's size hint is what its whole text needs; the option's rect is what it has.
        QStyleOptionViewItem opt = option;
        opt.features &= ~QStyleOptionViewItem::WrapText;
        QStyledItemDelegate delegate;
        return delegate.sizeHint(opt, index).width() > option.rect.width();
    }
};

// A header whose labels wrap onto more lines rather than being cut, for tables of figures whose
// columns share the width ("Exclusión por delito grave no político" over a column of numbers).
class WrappingHeader : public QHeaderView
{
public:
    explicit WrappingHeader(QWidget *parent)
        : QHeaderView(Qt::Horizontal, parent)
    {
        setSectionsClickable(true);
        setHighlightSections(true);
        // The header is as high as its longest label needs at the widths the sections have.
        connect(this, &QHeaderView::sectionResized, this, &WrappingHeader::fitHeight);
        connect(this, &QHeaderView::geometriesChanged, this, &WrappingHeader::fitHeight);
    }

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override
    {
        if (!rect.isValid() || !model())
            return;
        // The style draws the section as it would any other, given the label already broken into
        // lines (it draws each line; it would cut a single long one).
        QStyleOptionHeaderV2 option;
        initStyleOption(&option);
        option.rect = rect;
        option.section = logicalIndex;
        option.text = wrapped(label(logicalIndex), labelRect(rect).width());
        option.textAlignment = Qt::AlignCenter;
        option.textElideMode = Qt::ElideNone;
        if (isSortIndicatorShown() && sortIndicatorSection() == logicalIndex)
            option.sortIndicator = sortIndicatorOrder() == Qt::AscendingOrder ? QStyleOptionHeader::SortDown : QStyleOptionHeader::SortUp;
        painter->save();
        style()->drawControl(QStyle::CE_Header, &option, painter, this);
        painter->restore();
    }

private:
    QString label(int logicalIndex) const { return model()->headerData(logicalIndex, orientation()).toString(); }

    // The label's words, as many to a line as fit in `width`.
    QString wrapped(const QString &text, int width) const
    {
        QStringList lines;
        for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!lines.isEmpty() && fontMetrics().horizontalAdvance(lines.last() + QLatin1Char(' ') + word) <= width)
                lines.last() += QLatin1Char(' ') + word;
            else
                lines << word;
        }
        return lines.join(QLatin1Char('\n'));
    }

    QRect labelRect(const QRect &section) const
    {
        const int margin = style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, this);
        return section.adjusted(margin, margin / 2, -margin, -margin / 2);
    }

    void fitHeight()
    {
        if (!model())
            return;
        const int margin = style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, this);
        int height = fontMetrics().height() + margin;
        for (int section = 0; section < count(); ++section) {
            if (isSectionHidden(section) || sectionSize(section) <= 0)
                continue;
            const int lines = int(wrapped(label(section), labelRect(QRect(0, 0, sectionSize(section), 1)).width()).count(QLatin1Char('\n'))) + 1;
            height = std::max(height, lines * fontMetrics().lineSpacing() + 2 * margin);
        }
        if (height == minimumHeight())
            return;
        setMinimumHeight(height);
        // The table places its viewport below the header: it has to measure the header again.
        if (auto *table = qobject_cast<QTableView *>(parentWidget()))
            QMetaObject::invokeMethod(table, "updateGeometries", Qt::QueuedConnection);
    }
};

} // namespace

TableColumns *TableColumns::arrange(QTableView *table, int stretchColumn, const QString &settingsKey)
{
    return new TableColumns(table, stretchColumn, settingsKey);
}

TableColumns *TableColumns::arrangeFigures(QTableView *table, const QString &settingsKey)
{
    table->setHorizontalHeader(new WrappingHeader(table));
    auto *columns = new TableColumns(table, -1, settingsKey);
    columns->m_figures = true;
    columns->applyModes();
    return columns;
}

TableColumns::TableColumns(QTableView *table, int stretchColumn, const QString &settingsKey)
    : QObject(table)
    , m_table(table)
    , m_stretchColumn(stretchColumn)
    , m_settingsKey(settingsKey)
{
    table->setItemDelegate(new FullTextTipDelegate(table));
    table->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionsMovable(true);
    header->setTextElideMode(Qt::ElideRight);
    applyModes();
    restore();
    if (QAbstractItemModel *model = table->model()) {
        // A model that changes its columns (a Research table by source) gets the modes again.
        connect(model, &QAbstractItemModel::modelReset, this, &TableColumns::applyModes);
        connect(model, &QAbstractItemModel::columnsInserted, this, &TableColumns::applyModes);
    }
    header->viewport()->installEventFilter(this);
    // Right-click on the header: which columns to show.
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &TableColumns::showHeaderMenu);
    connect(header, &QHeaderView::sectionMoved, this, &TableColumns::save);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &TableColumns::save);
}

void TableColumns::applyModes()
{
    QHeaderView *header = m_table->horizontalHeader();
    const int count = header->count();
    if (m_figures) {
        header->setStretchLastSection(false);
        for (int column = 0; column < count; ++column)
            header->setSectionResizeMode(column, column == 0 ? QHeaderView::ResizeToContents : QHeaderView::Stretch);
        return;
    }
    for (int column = 0; column < count; ++column)
        header->setSectionResizeMode(column, column == m_stretchColumn ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    if (m_stretchColumn < 0 || m_stretchColumn >= count)
        header->setStretchLastSection(true);
}

QString TableColumns::stateKey() const
{
    // Per column count: a table that gains a column in a later version starts afresh.
    return QStringLiteral("tables/%1/%2").arg(m_settingsKey).arg(m_table->horizontalHeader()->count());
}

void TableColumns::restore()
{
    if (m_settingsKey.isEmpty())
        return;
    const QByteArray state = QSettings().value(stateKey()).toByteArray();
    if (state.isEmpty())
        return;
    m_restoring = true;
    QHeaderView *header = m_table->horizontalHeader();
    if (header->restoreState(state)) {
        m_restored = true;
        applyModes();
        // The header shows the remembered sort; the model has to be told.
        if (m_table->isSortingEnabled() && header->sortIndicatorSection() >= 0)
            m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    }
    m_restoring = false;
}

bool TableColumns::eventFilter(QObject *watched, QEvent *event)
{
    // The type first: the viewport still sends events while the table is being destroyed.
    if (event->type() != QEvent::ToolTip)
        return QObject::eventFilter(watched, event);
    QHeaderView *header = m_table->horizontalHeader();
    if (watched != header->viewport() || !m_table->model())
        return QObject::eventFilter(watched, event);
    const auto *help = static_cast<QHelpEvent *>(event);
    const int column = header->logicalIndexAt(help->pos());
    if (column < 0)
        return QObject::eventFilter(watched, event);
    const QString text = m_table->model()->headerData(column, Qt::Horizontal).toString();
    const QString tip = m_table->model()->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
    const int needed = header->fontMetrics().horizontalAdvance(text) + 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin) + 12;
    const QString shown = needed > header->sectionSize(column) && !tip.contains(text)
                              ? (tip.isEmpty() ? text : text + QStringLiteral("\n\n") + tip)
                              : tip;
    if (shown.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), shown, header);
    return true;
}

void TableColumns::hideByDefault(const QList<int> &columns)
{
    if (m_restored)
        return;
    for (int column : columns)
        m_table->horizontalHeader()->setSectionHidden(column, true);
}

void TableColumns::showHeaderMenu(const QPoint &at)
{
    QHeaderView *header = m_table->horizontalHeader();
    QAbstractItemModel *model = m_table->model();
    if (!model)
        return;
    QMenu menu(m_table);
    for (int column = 0; column < header->count(); ++column) {
        QAction *action = menu.addAction(model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The column that names the thing always shows.
        action->setEnabled(column != m_stretchColumn);
        connect(action, &QAction::toggled, this, [this, header, column](bool shown) {
            header->setSectionHidden(column, !shown);
            save();
        });
    }
    menu.exec(header->viewport()->mapToGlobal(at));
}

void TableColumns::save() const
{
    if (m_settingsKey.isEmpty() || m_restoring)
        return;
    QSettings().setValue(stateKey(), m_table->horizontalHeader()->saveState());
}

} // namespace rebuttal
