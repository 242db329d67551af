#include "ActivityLogModel.h"

#include "CaseFile.h"
#include "store/OpenStore.h"

#include <QRegularExpression>

#include <cstdlib>

namespace rebuttal {

ActivityLogModel::ActivityLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ActivityLogModel::setStore(OpenStore *store)
{
    m_store = store;
    refresh();
}

void ActivityLogModel::refresh()
{
    beginResetModel();
    m_readError = {};
    m_rows = m_store ? m_store->activityEntries(&m_readError) : QList<ActivityEntry>();
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
    if (action == QLatin1String("import.vaughn"))
        return tr("Vaughn index imported");
    if (action == QLatin1String("import.agreements"))
        return tr("Agreements imported");
    if (action == QLatin1String("redetect.production"))
        return tr("Detection run again");
    if (action == QLatin1String("export.summary"))
        return tr("Evidence summary exported");
    if (action == QLatin1String("export.cases"))
        return tr("Case records exported");
    if (action == QLatin1String("export.audit"))
        return tr("Audit findings exported");
    if (action == QLatin1String("export.research"))
        return tr("Research figures exported");
    if (action == QLatin1String("export.agreements"))
        return tr("Agreements exported");
    if (action.startsWith(QLatin1String("export.")))
        return tr("Exported");
    if (action.startsWith(QLatin1String("edit.client")))
        return tr("Client record edited");
    if (action.startsWith(QLatin1String("edit.")))
        return tr("Correction");
    return action;
}

QString ActivityLogModel::timeText(const QDateTime &at)
{
    // A chain-of-custody record: the date and time to the second with the offset from UTC, in the
    // ISO 8601 order every reader and court can read without guessing day from month.
    const QDateTime local = at.toLocalTime();
    const int offset = local.offsetFromUtc();
    QString zone = QStringLiteral("UTC");
    if (offset != 0) {
        const int minutes = std::abs(offset) / 60;
        zone += (offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                + QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    }
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QLatin1Char(' ') + zone;
}

QVariant ActivityLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActivityEntry &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case When: return timeText(row.at);
        case User: return row.user;
        case Action: {
            // A matter's first entry (the server writes "schema matter_NAME, version N, ..."): it
            // created a matter, not a case file.
            static const QRegularExpression matterCreated(QStringLiteral("^schema matter_([^,\\s]+)"));
            const QRegularExpressionMatch matter = row.action == QLatin1String("store.create") ? matterCreated.match(row.detail)
                                                                                                : QRegularExpressionMatch();
            return matter.hasMatch() ? tr("Matter %1 created").arg(matter.captured(1)) : actionName(row.action);
        }
        case Detail: return ActivityDetail::display(row.detail);
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == When)
            return row.at.toUTC().toString(Qt::ISODateWithMs);
        if (index.column() == Action)
            return row.action;
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

void ActivityLogModel::follow(CaseFile *caseFile)
{
    connect(caseFile, &CaseFile::openStoreChanged, this, &ActivityLogModel::setStore);
    connect(caseFile, &CaseFile::activityChanged, this, &ActivityLogModel::refresh);
}

} // namespace rebuttal
