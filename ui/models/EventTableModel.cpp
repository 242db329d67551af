#include "EventTableModel.h"

#include "domain/CaseTimeline.h"

namespace rebuttal {

EventTableModel::EventTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void EventTableModel::setClient(const Client &client)
{
    beginResetModel();
    m_events = client.events;
    m_allegations = client.allegations;
    m_order = CaseTimeline(client, QDate::currentDate()).eventOrder();
    endResetModel();
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_order.size());
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int eventIndex = m_order.at(index.row());
    const CaseEvent &e = m_events.at(eventIndex);
    if (role == Qt::UserRole)
        return eventIndex;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Date: return e.date.toString();
        case Type: return displayName(e.type);
        case ReliedOn: return e.reliedOn.join(QStringLiteral(", "));
        case Evidence: return e.evidence.isEmpty() ? QString() : tr("%n page(s)", nullptr, static_cast<int>(e.evidence.size()));
        case Detail: return QString(e.detail).replace(QLatin1Char('\n'), QLatin1Char(' '));
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == ReliedOn && !e.reliedOn.isEmpty()) {
            QStringList lines;
            for (const QString &ref : e.reliedOn) {
                const auto found = std::find_if(m_allegations.cbegin(), m_allegations.cend(),
                                                [&](const Allegation &a) { return a.ref == ref; });
                lines << (found == m_allegations.cend() ? ref
                                                        : tr("%1: %2, %3").arg(ref, displayName(found->source), displayName(found->kind)));
            }
            return lines.join(QLatin1Char('\n'));
        }
        if (index.column() == Evidence && !e.evidence.isEmpty()) {
            QStringList lines;
            for (const EvidenceCitation &c : e.evidence)
                lines << (c.page > 0 ? tr("%1, page %2").arg(c.document).arg(c.page) : c.document);
            return QString(lines.join(QLatin1Char('\n')) + QLatin1Char('\n') + tr("Ctrl+Return opens the first cited page"));
        }
        return e.detail.isEmpty() ? QVariant() : e.detail;
    }
    return {};
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date: return tr("Date");
    case Type: return tr("Event");
    case ReliedOn: return tr("Relied on");
    case Evidence: return tr("Evidence");
    case Detail: return tr("Detail");
    default: return {};
    }
}

} // namespace rebuttal
