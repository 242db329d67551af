#include "DistributionModel.h"

#include "domain/CaseTypes.h"


namespace rebuttal {

DistributionModel::DistributionModel(const QString &countHeader, QObject *parent)
    : QAbstractTableModel(parent)
    , m_countHeader(countHeader)
{
}

void DistributionModel::setRows(const QList<Distribution> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

QString DistributionModel::label(int row) const
{
    const QString key = m_rows.value(row).key;
    if (const std::optional<AllegationSource> source = fromCode<AllegationSource>(key))
        return shortName(*source);
    return key;
}

int DistributionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DistributionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DistributionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Distribution &row = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() != Label)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    const double values[] = {row.minimum, row.lowerQuartile, row.median, row.upperQuartile, row.maximum};
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Label: return label(index.row());
    case Count: return row.count;
    // Numbers, not text: the box plot mapper reads them, the view formats them.
    default: return values[index.column() - Minimum];
    }
}

QVariant DistributionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return label(section);
    switch (section) {
    case Label: return tr("Source");
    case Count: return m_countHeader;
    case Minimum: return tr("Minimum");
    case LowerQuartile: return tr("Lower quartile");
    case Median: return tr("Median");
    case UpperQuartile: return tr("Upper quartile");
    case Maximum: return tr("Maximum");
    default: return {};
    }
}

} // namespace rebuttal
