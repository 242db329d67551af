#include "ActivityLogModel.h"

#include "store/CaseStore.h"

#include <QLocale>

namespace rebuttal {

ActivityLogModel::ActivityLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ActivityLogModel::setStore(CaseStore *store)
{
    m_store = store;
    refresh();
}

void ActivityLogModel::refresh()
{
    beginResetModel();
    m_rows = m_store ? m_store->activity().entries() : QList<ActivityEntry>();
    endResetModel();
}

int ActivityLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ActivityLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ActivityLogModel::actionName(const QString &action)
{
    if (action == QLatin1String("store.create"))
        return tr("Case file created");
    if (action == QLatin1String("store.upgrade"))
        return tr("Case file upgraded");
    if (action == QLatin1String("store.copy"))
        return tr("Copy saved");
    if (action == QLatin1String("import.cases"))
        return tr("Case records imported");
    if (action == QLatin1String("import.production"))
        return tr("Production imported");
    if (action.startsWith(QLatin1String("edit.")))
        return tr("Correction");
    return action;
}

QVariant ActivityLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActivityEntry &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case When: return QLocale().toString(row.at.toLocalTime(), QLocale::ShortFormat);
        case User: return row.user;
        case Action: return actionName(row.action);
        case Detail: return row.detail;
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == When)
            return row.at.toString(Qt::ISODateWithMs);
        if (index.column() == Action)
            return row.action;
        if (index.column() == Detail)
            return row.detail;
    }
    return {};
}

QVariant ActivityLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When: return tr("When");
    case User: return tr("User");
    case Action: return tr("Action");
    case Detail: return tr("Detail");
    default: return {};
    }
}

} // namespace rebuttal
