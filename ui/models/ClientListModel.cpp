#include "ClientListModel.h"

#include "domain/CountryNames.h"
#include "store/OpenStore.h"

namespace rebuttal {

ClientListModel::ClientListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ClientListModel::setStore(OpenStore *store)
{
    m_store = store;
    reload();
}

void ClientListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_readError = {};
    m_total = m_store ? m_store->clients().clientCount(m_query, &m_readError) : 0;
    m_storeCount = m_store ? (m_query.filter.isEmpty() ? m_total : m_store->clients().clientCount(ClientQuery(), &m_readError)) : 0;
    if (m_readError.isError())
        m_total = m_storeCount = 0;
    endResetModel();
}

void ClientListModel::setFilter(const QString &filter)
{
    if (filter == m_query.filter)
        return;
    m_query.filter = filter;
    reload();
}

void ClientListModel::sort(int column, Qt::SortOrder order)
{
    static const ClientQuery::SortKey keys[] = {ClientQuery::SortKey::Ref, ClientQuery::SortKey::Name,
                                                ClientQuery::SortKey::Country, ClientQuery::SortKey::Sources,
                                                ClientQuery::SortKey::Allegations, ClientQuery::SortKey::Events};
    if (column < 0 || column >= ColumnCount)
        return;
    m_query.sortKey = keys[column];
    m_query.ascending = order == Qt::AscendingOrder;
    reload();
}

int ClientListModel::rowOf(const QString &ref)
{
    for (;;) {
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).ref == ref)
                return static_cast<int>(i);
        }
        if (!canFetchMore({}))
            return -1;
        fetchMore({});
    }
}

QString ClientListModel::refAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).ref : QString();
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
    const QList<ClientSummary> batch =
        m_store->clients().clientSummaries(m_query, static_cast<int>(m_rows.size()), BatchSize, &m_readError);
    if (batch.isEmpty()) {
        m_total = static_cast<int>(m_rows.size()); // the store changed under us; stop asking
        if (m_readError.isError())
            Q_EMIT readFailed();
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
        case Country: return CountryNames::name(row.country);
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
    if (role == Qt::ToolTipRole && index.column() == Country)
        return row.country;
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
