// The entries of one Vaughn index for the entries table: number, document, withholding, pages,
// exemptions, findings and description; and the proxy that filters them by exemption and text.
#pragma once

#include "vaughn/AuditFinding.h"
#include "domain/VaughnEntry.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace rebuttal {

class VaughnEntryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Document, Withholding, Pages, Exemptions, Findings, Description, ColumnCount };
    enum Role { EntryNumberRole = Qt::UserRole + 1, ExemptionsRole, SortRole };

    explicit VaughnEntryModel(QObject *parent = nullptr);

    void setEntries(QList<VaughnEntry> entries, const QList<AuditFinding> &findings);
    const QList<VaughnEntry> &entries() const { return m_entries; }
    // The row of entry `number`, or -1.
    int rowOf(int number) const;
    // Every exemption claimed by some entry, canonical and sorted.
    QStringList exemptions() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString withholdingText(rebuttal::Withholding withholding);

private:
    QList<VaughnEntry> m_entries;
    QList<int> m_findingCounts; // per row
};

// Keeps the entries that claim the chosen exemption (empty: all) and match the text filter.
class VaughnEntryFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit VaughnEntryFilter(QObject *parent = nullptr);
    void setExemption(const QString &code);
    QString exemption() const { return m_exemption; }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    QString m_exemption;
};

} // namespace rebuttal
