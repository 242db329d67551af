#include "VaughnEntryModel.h"

#include "domain/ExemptionLabel.h"

namespace rebuttal {

VaughnEntryModel::VaughnEntryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void VaughnEntryModel::setEntries(QList<VaughnEntry> entries, const QList<AuditFinding> &findings)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_findingCounts.clear();
    for (const VaughnEntry &entry : std::as_const(m_entries)) {
        m_findingCounts << int(std::count_if(findings.cbegin(), findings.cend(), [&](const AuditFinding &f) {
            return f.entry == entry.number || f.entries.contains(entry.number);
        }));
    }
    endResetModel();
}

int VaughnEntryModel::rowOf(int number) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).number == number)
            return row;
    }
    return -1;
}

QStringList VaughnEntryModel::exemptions() const
{
    QStringList codes;
    for (const VaughnEntry &entry : m_entries)
        codes << entry.exemptions;
    return ExemptionLabel::normalized(codes);
}

int VaughnEntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int VaughnEntryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString VaughnEntryModel::withholdingText(rebuttal::Withholding withholding)
{
    switch (withholding) {
    case rebuttal::Withholding::Full: return tr("Full");
    case rebuttal::Withholding::Partial: return tr("Partial");
    case rebuttal::Withholding::Unknown: break;
    }
    return tr("Not stated");
}

QVariant VaughnEntryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const VaughnEntry &entry = m_entries.at(index.row());
    const int findings = m_findingCounts.value(index.row());
    if (role == EntryNumberRole)
        return entry.number;
    if (role == ExemptionsRole)
        return entry.exemptions;
    if (role == SortRole) {
        switch (index.column()) {
        case Number: return entry.number;
        case Pages: return entry.pages.size();
        case Findings: return findings;
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Number: return entry.number;
        case Document: return entry.documentId;
        case Withholding: return withholdingText(entry.withholding);
        case Pages: return entry.pagesAsWritten;
        case Exemptions: return entry.exemptions.join(QStringLiteral(", "));
        case Findings: return findings;
        case Description: return entry.description;
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Description)
            return entry.description;
        if (index.column() == Pages)
            return tr("%n page(s) listed", nullptr, int(entry.pages.size()));
        if (index.column() == Findings)
            return tr("%n audit finding(s) concern this entry", nullptr, findings);
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Number || index.column() == Findings))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant VaughnEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number: return tr("Entry");
    case Document: return tr("Document");
    case Withholding: return tr("Withholding");
    case Pages: return tr("Pages");
    case Exemptions: return tr("Exemptions");
    case Findings: return tr("Findings");
    case Description: return tr("Description");
    default: return {};
    }
}

VaughnEntryFilter::VaughnEntryFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(VaughnEntryModel::SortRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1);
}

void VaughnEntryFilter::setExemption(const QString &code)
{
    m_exemption = code;
    invalidateFilter();
}

bool VaughnEntryFilter::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    if (!m_exemption.isEmpty()
        && !sourceModel()->index(row, 0, parent).data(VaughnEntryModel::ExemptionsRole).toStringList().contains(m_exemption)) {
        return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(row, parent);
}

} // namespace rebuttal
