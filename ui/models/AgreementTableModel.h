// The agreements registry for the Agreements page's table: ref, kind, country, programs, signed,
// whether in force today, title (country and programs as inherited from a parent).
#pragma once

#include "agreements/AgreementCheck.h"

#include <QAbstractTableModel>
#include <QDate>

namespace rebuttal {

class AgreementTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Ref, Kind, Country, Programs, Signed, InForce, Title, ColumnCount };
    enum Role { RefRole = Qt::UserRole + 1, SortRole };

    explicit AgreementTableModel(QObject *parent = nullptr);

    void setRegistry(const QList<Agreement> &agreements, QDate today);
    const QList<Agreement> &agreements() const { return m_agreements; }
    int rowOf(const QString &ref) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Agreement> m_agreements;
    QList<Agreement> m_effective;
    QList<std::optional<bool>> m_inForce;
};

} // namespace rebuttal
