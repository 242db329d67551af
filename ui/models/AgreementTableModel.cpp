#include "AgreementTableModel.h"

#include "domain/CountryNames.h"

namespace rebuttal {

AgreementTableModel::AgreementTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AgreementTableModel::setRegistry(const QList<Agreement> &agreements, QDate today)
{
    beginResetModel();
    m_agreements = agreements;
    m_effective.clear();
    m_inForce.clear();
    const AgreementCheck check(agreements);
    for (const Agreement &a : agreements) {
        m_effective << check.effective(a.ref);
        m_inForce << check.inForceOn(a.ref, today);
    }
    endResetModel();
}

int AgreementTableModel::rowOf(const QString &ref) const
{
    for (int i = 0; i < m_agreements.size(); ++i) {
        if (m_agreements.at(i).ref == ref)
            return i;
    }
    return -1;
}

int AgreementTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_agreements.size());
}

int AgreementTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgreementTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_agreements.size())
        return {};
    const Agreement &a = m_effective.at(index.row());
    if (role == RefRole)
        return a.ref;
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Ref: return a.ref;
    case Kind: return a.kind;
    case Country:
        // The code fits the column; the name shows on hover.
        if (role == Qt::ToolTipRole && a.country)
            return CountryNames::nameWithCode(*a.country);
        return a.country.value_or(QString());
    case Programs: return a.programs.value_or(QStringList()).join(QStringLiteral(", "));
    case Signed:
        if (role == SortRole)
            return a.signedOn.isValid() ? a.signedOn.firstDay() : QDate();
        return a.signedOn.toString();
    case InForce: {
        const std::optional<bool> inForce = m_inForce.at(index.row());
        if (role == SortRole)
            return inForce ? (*inForce ? 2 : 0) : 1;
        return !inForce ? tr("Cannot tell") : *inForce ? tr("Yes") : tr("No");
    }
    case Title: return a.title;
    default: return {};
    }
}

QVariant AgreementTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Ref: return tr("Ref");
    case Kind: return tr("Kind");
    case Country: return tr("Country");
    case Programs: return tr("Programs");
    case Signed: return tr("Signed");
    case InForce: return tr("In force today");
    case Title: return tr("Title");
    default: return {};
    }
}

} // namespace rebuttal
