#include "ClientListModel.h"

#include "store/CaseStore.h"

namespace rebuttal {

ClientListModel::ClientListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ClientListModel::setStore(CaseStore *store)
{
    beginResetModel();
    m_store = store;
    m_rows.clear();
    m_total = store ? ClientRecords(*store).clientCount() : 0;
    endResetModel();
}

int ClientListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ClientListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ClientListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_store && m_rows.size() < m_total;
}

void ClientListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<ClientSummary> batch = ClientRecords(*m_store).clientSummaries(static_cast<int>(m_rows.size()), BatchSize);
    if (batch.isEmpty()) {
        m_total = static_cast<int>(m_rows.size()); // the store changed under us; stop asking
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(batch.size()) - 1);
    m_rows << batch;
    endInsertRows();
}

QVariant ClientListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClientSummary &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Ref: return row.ref;
        case Name: return row.name;
        case Country: return row.country;
        case Sources: {
            QStringList names;
            for (const QString &code : row.sources)
                names << (fromCode<AllegationSource>(code) ? shortName(*fromCode<AllegationSource>(code)) : code);
            return names.join(QStringLiteral(", "));
        }
        case Allegations: return row.allegations;
        case Events: return row.events;
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Sources) {
        QStringList names;
        for (const QString &code : row.sources) {
            if (const auto source = fromCode<AllegationSource>(code))
                names << displayName(*source);
        }
        return names.join(QLatin1Char('\n'));
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Allegations || index.column() == Events))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ClientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Ref: return tr("Ref");
    case Name: return tr("Client");
    case Country: return tr("Country");
    case Sources: return tr("Sources");
    case Allegations: return tr("Allegations");
    case Events: return tr("Events");
    default: return {};
    }
}

} // namespace rebuttal
