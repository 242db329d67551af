#include "TablePage.h"

#include "EmptyState.h"
#include "ReadFailureState.h"
#include "TableColumns.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace rebuttal {

TablePage::TablePage(QAbstractItemModel *model, std::function<bool()> isEmpty, QWidget *parent)
    : QWidget(parent)
    , m_isEmpty(std::move(isEmpty))
    , m_stack(new QStackedWidget(this))
    , m_emptyState(new EmptyState(m_stack))
    , m_readFailure(new ReadFailureState(m_stack))
    , m_tablePane(new QWidget(m_stack))
    , m_table(new QTableView(m_tablePane))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    auto *paneLayout = new QVBoxLayout(m_tablePane);
    paneLayout->setContentsMargins(0, 0, 0, 0);
    paneLayout->addWidget(m_table);
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_tablePane);
    m_stack->addWidget(m_readFailure);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(model, &QAbstractItemModel::modelReset, this, &TablePage::refresh);
    connect(model, &QAbstractItemModel::rowsInserted, this, &TablePage::refresh);
    refresh();
}

void TablePage::setStretchColumn(int column, const QString &settingsKey)
{
    m_stretchColumn = column;
    TableColumns::arrange(m_table, column, settingsKey);
    refresh();
}

void TablePage::setReadFailure(std::function<QString()> failure)
{
    m_failure = std::move(failure);
    refresh();
}

void TablePage::enableFilter(const QString &placeholder)
{
    if (m_filter)
        return;
    m_filter = new QLineEdit(m_tablePane);
    m_filter->setPlaceholderText(placeholder);
    m_filter->setClearButtonEnabled(true);
    m_filter->setToolTip(placeholder);
    static_cast<QVBoxLayout *>(m_tablePane->layout())->insertWidget(0, m_filter);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
}

void TablePage::refresh()
{
    if (const QString failure = m_failure ? m_failure() : QString(); !failure.isEmpty()) {
        m_readFailure->setFailure(failure);
        m_stack->setCurrentWidget(m_readFailure);
        return;
    }
    const bool empty = m_isEmpty();
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_emptyState) : m_tablePane);
    if (!empty && m_stretchColumn < 0)
        m_table->resizeColumnsToContents();
}

bool TablePage::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_emptyState;
}

bool TablePage::isShowingReadFailure() const
{
    return m_stack->currentWidget() == m_readFailure;
}

} // namespace rebuttal
