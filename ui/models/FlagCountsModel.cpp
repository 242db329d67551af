#include "FlagCountsModel.h"

#include "domain/CaseTypes.h"
#include "domain/CountryNames.h"

namespace rebuttal {

FlagCountsModel::FlagCountsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FlagCountsModel::setRows(const QList<FlagCountRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

QString FlagCountsModel::groupName(FlagCountRow::Group group)
{
    switch (group) {
    case FlagCountRow::Group::Program: return tr("Program");
    case FlagCountRow::Group::Country: return tr("Country");
    case FlagCountRow::Group::Category: return tr("Decision category");
    case FlagCountRow::Group::Year: return tr("Year");
    }
    return {};
}

QString FlagCountsModel::label(int row) const
{
    const FlagCountRow &r = m_rows.at(row);
    switch (r.group) {
    case FlagCountRow::Group::Program: {
        const std::optional<AllegationSource> source = fromCode<AllegationSource>(r.key);
        return source ? shortName(*source) : r.key;
    }
    case FlagCountRow::Group::Country: return r.key.isEmpty() ? tr("Not stated") : CountryNames::nameWithCode(r.key);
    case FlagCountRow::Group::Category:
        if (r.key == QLatin1String("repatriation"))
            return tr("Repatriation");
        if (r.key == QLatin1String("detention"))
            return tr("Detention");
        if (r.key == QLatin1String("family_separation"))
            return tr("Family separation");
        if (r.key == QLatin1String("asylum"))
            return tr("Asylum");
        return r.key.isEmpty() ? tr("The allegation itself") : r.key;
    case FlagCountRow::Group::Year: return r.key.isEmpty() ? tr("Not dated") : r.key;
    }
    return r.key;
}

int FlagCountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int FlagCountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FlagCountsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const FlagCountRow &row = m_rows.at(index.row());
    const int column = index.column();
    if (role == Qt::TextAlignmentRole)
        return column >= FirstRule ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    if (column == Group)
        return groupName(row.group);
    if (column == Label)
        return label(index.row());
    if (column == Total)
        return row.total();
    return row.byRule.at(static_cast<size_t>(column - FirstRule));
}

QVariant FlagCountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::ToolTipRole && section >= FirstRule && section <= LastRule)
        return AgreementCheck::ruleDescription(static_cast<FlagRule>(section - FirstRule));
    if (role != Qt::DisplayRole)
        return {};
    if (section == Group)
        return tr("Grouping");
    if (section == Label)
        return tr("Value");
    if (section == Total)
        return tr("All flags");
    return AgreementCheck::ruleCode(static_cast<FlagRule>(section - FirstRule));
}

} // namespace rebuttal
