#include "AllegationTableModel.h"

#include "domain/CountryNames.h"
#include "domain/CaseTimeline.h"

#include <QColor>
#include <QIcon>

namespace rebuttal {

AllegationTableModel::AllegationTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AllegationTableModel::setAllegations(const QList<Allegation> &allegations)
{
    beginResetModel();
    m_allegations = allegations;
    endResetModel();
}

int AllegationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_allegations.size());
}

int AllegationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AllegationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Allegation &a = m_allegations.at(index.row());
    const std::optional<int> delay = CaseTimeline::disclosureDelayDays(a);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Ref: return a.ref;
        case Source: return shortName(a.source);
        case Kind: return displayName(a.kind);
        case Origin:
            return a.originCountry.isEmpty() ? a.origin
                 : a.origin.isEmpty()        ? CountryNames::name(a.originCountry)
                                             : tr("%1 (%2)").arg(a.origin, CountryNames::name(a.originCountry));
        case AssertedOn: return a.assertedOn.isValid() ? a.assertedOn.toString() : QString();
        case DisclosedOn: return a.disclosedOn.isValid() ? a.disclosedOn.toString() : tr("not yet");
        // A disclosure before the assertion is a data-entry error: marked, never shown as a delay.
        case Delay: return !delay ? QString() : *delay < 0 ? tr("check dates") : tr("%n day(s)", nullptr, *delay);
        case Status: return a.status ? displayName(*a.status) : QString();
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Source: return displayName(a.source);
        case Delay:
            return delay && *delay < 0 ? tr("Disclosed before it was asserted: the dates are likely wrong. This allegation is "
                                            "left out of the medians.")
                                       : tr("Days between DHS asserting the allegation and counsel learning of it");
        case DisclosedOn: return a.disclosureChannel.isEmpty() ? QVariant() : tr("Disclosed through: %1").arg(a.disclosureChannel);
        default: return a.detail.isEmpty() ? QVariant() : a.detail;
        }
    }
    if (role == Qt::DecorationRole && index.column() == Delay && delay && *delay < 0)
        return QIcon::fromTheme(QStringLiteral("dialog-warning"));
    if (role == Qt::ForegroundRole && index.column() == Delay && delay && *delay < 0)
        return QColor(0xb0, 0x3a, 0x2e);
    if (role == Qt::TextAlignmentRole && index.column() == Delay)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole)
        return index.row();
    return {};
}

QVariant AllegationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Delay)
        return tr("Disclosure delay: days between DHS asserting the allegation and counsel learning of it");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Ref: return tr("Ref");
    case Source: return tr("Source");
    case Kind: return tr("Allegation");
    case Origin: return tr("Supplied by");
    case AssertedOn: return tr("Asserted on");
    case DisclosedOn: return tr("Disclosed on");
    case Delay: return tr("Delay"); // short, so the table fits beside the client list
    case Status: return tr("Status");
    default: return {};
    }
}

} // namespace rebuttal
