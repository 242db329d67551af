#include "DocumentListModel.h"

#include <QLocale>

namespace rebuttal {

DocumentListModel::DocumentListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DocumentListModel::setStore(OpenStore *store)
{
    StoreError error;
    const QList<DocumentSummary> rows = store ? store->documents().documents(&error) : QList<DocumentSummary>();
    setRows(rows, error);
}

void DocumentListModel::setRows(const QList<DocumentSummary> &rows, const StoreError &readError)
{
    beginResetModel();
    m_readError = readError;
    m_rows = readError.isError() ? QList<DocumentSummary>() : rows;
    endResetModel();
}

std::optional<DocumentSummary> DocumentListModel::summaryOf(qint64 documentId) const
{
    for (const DocumentSummary &row : m_rows) {
        if (row.id == documentId)
            return row;
    }
    return std::nullopt;
}

int DocumentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DocumentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DocumentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DocumentSummary &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name: return row.fileName;
        case Pages: return row.pages;
        case Redactions: return row.redactions;
        case Withheld: return row.withheldPages;
        case Imported: return QLocale().toString(row.importedAt.toLocalTime(), QLocale::ShortFormat);
        default: return {};
        }
    }
    if (role == FiguresRole)
        return figuresOf(row);
    // The name may be cut short in a narrow pane: the tooltip says it whole, with its figures.
    if (role == Qt::ToolTipRole && index.column() == Name)
        return QString(row.fileName + QLatin1Char('\n') + figuresOf(row) + QLatin1Char('\n') + tr("SHA-256: %1").arg(row.sha256));
    if (role == Qt::TextAlignmentRole && index.column() != Name && index.column() != Imported)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QString DocumentListModel::figuresOf(const DocumentSummary &row)
{
    QStringList parts{tr("%n page(s)", nullptr, row.pages), tr("%n redaction(s)", nullptr, row.redactions)};
    if (row.withheldPages > 0)
        parts << tr("%n withheld page(s)", nullptr, row.withheldPages);
    return parts.join(QStringLiteral(" · "));
}

QVariant DocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Production");
    case Pages: return tr("Pages");
    case Redactions: return tr("Redactions");
    case Withheld: return tr("Withheld pages");
    case Imported: return tr("Imported");
    default: return {};
    }
}

} // namespace rebuttal
