#include "OutcomeCountsModel.h"

#include "domain/CountryNames.h"
#include "domain/CaseTypes.h"

namespace rebuttal {

OutcomeCountsModel::OutcomeCountsModel(Grouping grouping, QObject *parent)
    : QAbstractTableModel(parent)
    , m_grouping(grouping)
{
}

QStringList OutcomeCountsModel::outcomeTypes()
{
    return {QStringLiteral("detention_start"), QStringLiteral("bond_denied"), QStringLiteral("parole_denied"),
            QStringLiteral("separation"), QStringLiteral("asylum_denied"), QStringLiteral("snpc_bar_applied"),
            QStringLiteral("removal")};
}

QString OutcomeCountsModel::columnKey(int column)
{
    if (column == Allegations)
        return QStringLiteral("allegations");
    if (column == Clients)
        return QStringLiteral("clients");
    return outcomeTypes().value(column - FirstOutcome);
}

void OutcomeCountsModel::setRows(const QList<OutcomeCounts> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

QString OutcomeCountsModel::label(int row) const
{
    const QString key = m_rows.value(row).key;
    if (key.isEmpty())
        return tr("Unknown");
    if (m_grouping == Grouping::Source) {
        if (const std::optional<AllegationSource> source = fromCode<AllegationSource>(key))
            return shortName(*source);
    }
    if (m_grouping == Grouping::Country)
        return CountryNames::name(key);
    return key;
}

int OutcomeCountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int OutcomeCountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : lastOutcomeColumn() + 1;
}

QVariant OutcomeCountsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const OutcomeCounts &row = m_rows.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Label && m_grouping == Grouping::Source) {
        if (const std::optional<AllegationSource> source = fromCode<AllegationSource>(row.key))
            return displayName(*source);
    }
    if (role == Qt::TextAlignmentRole && index.column() != Label)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Label: return label(index.row());
    case Allegations: return row.allegations;
    case Clients: return row.clients;
    default: return row.events(columnKey(index.column()));
    }
}

QVariant OutcomeCountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::DisplayRole && orientation == Qt::Vertical)
        return label(section);
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section >= FirstOutcome)
        return tr("Events of this type that relied on at least one of these allegations");
    if (role == Qt::ToolTipRole && section == Clients)
        return tr("Distinct clients with at least one of these allegations");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Label:
        switch (m_grouping) {
        case Grouping::Source: return tr("Source");
        case Grouping::Country: return tr("Origin country");
        case Grouping::Year: return tr("Year asserted");
        }
        return {};
    case Allegations: return tr("Allegations");
    case Clients: return tr("Clients");
    default:
        if (const std::optional<EventType> type = fromCode<EventType>(columnKey(section))) {
            // Column headers and chart legends want the short form.
            if (*type == EventType::SnpcBarApplied)
                return tr("SNPC bar");
            if (*type == EventType::DetentionStart)
                return tr("Detained");
            return displayName(*type);
        }
        return {};
    }
}

} // namespace rebuttal
