// What the agreements commands, the agreement check and the Agreements page ask of the agreements
// registry held in a store, whichever it is: a case file (AgreementRegistry) or a matter on a
// PostgreSQL server (ServerAgreementRegistry). Both keep the rows alike (the format's keys as
// columns, lists as JSON text) and decide a save alike (plan()); only the SQL differs.
#pragma once

#include "RowStamp.h"
#include "StoreError.h"
#include "domain/ActivityDetail.h"
#include "domain/Agreement.h"
#include "domain/AgreementJson.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <optional>

namespace rebuttal {

class AgreementStore
{
    Q_DECLARE_TR_FUNCTIONS(AgreementStore)

public:
    virtual ~AgreementStore() = default;

    // Every stored agreement, in the order they were first imported or added. `stamps` (optional)
    // receives each one's row version by ref, to save against later (replaceAll's readVersions).
    QList<Agreement> agreements(StoreError *error = nullptr, QHash<QString, RowStamp> *stamps = nullptr) const;

    // Writes `agreements` in one transaction, replacing those whose ref is already stored (they keep
    // their place) and adding the others; logged with `sourceName`. On error nothing is written.
    [[nodiscard]] virtual StoreError importAgreements(const QList<Agreement> &agreements, const QString &sourceName) = 0;

    // The registry becomes exactly `agreements` (the GUI's add, edit, delete and their undo), in one
    // transaction logged under `action` with `detail`: the agreements that differ are updated in
    // place (their version rises), the others left alone. With `readVersions` (the versions the
    // registry was read at, by ref: agreements()'s stamps), a save that would change or delete an
    // agreement changed, added or deleted since is refused (Conflict, "changed by USER at TIME")
    // and nothing is written. `savedVersions` (optional) receives every agreement's version as the
    // save left it, read in the same transaction: what an undo of this save is checked against.
    [[nodiscard]] virtual StoreError replaceAll(const QList<Agreement> &agreements, const QString &action,
                                                const ActivityDetail &detail,
                                                const QHash<QString, qint64> *readVersions = nullptr,
                                                QHash<QString, qint64> *savedVersions = nullptr) = 0;

    // The import's log entry, alike on both stores.
    static ActivityDetail importLogged(qsizetype count, const QString &sourceName);

protected:
    // The stored columns are the format's own keys: scalars as text, lists as their JSON text, so
    // what was imported reads back exactly, absent fields included.
    static const QStringList &columns();
    static QVariant columnValue(const QJsonValue &value);
    static QJsonValue jsonValue(const QString &column, const QVariant &value);
    struct StoredAgreement
    {
        Agreement agreement;
        RowStamp stamp;
        int position = 0;
    };
    // Every stored agreement with its stamp and place, in order (storedSelect() run by storedRows()).
    virtual QList<StoredAgreement> stored(StoreError *error) const = 0;
    static QString storedSelect();
    // The versions of `rows` by ref (replaceAll's savedVersions).
    static QHash<QString, qint64> versionsOf(const QList<StoredAgreement> &rows);
    template <class Statement>
    static QList<StoredAgreement> storedRows(Statement &select, StoreError *error);
    // What replaceAll writes: the stored refs to delete, and the agreements to insert or update
    // with their position (the place in `wanted`); or the refusal when `readVersions` says a row
    // it would touch changed since it was read.
    struct Plan
    {
        QStringList deletes;
        QList<std::pair<Agreement, int>> writes; // agreement, position
        StoreError refusal;
    };
    // The statement that writes one agreement, updating the one stored under its ref; the
    // `placeholder` of the n-th value (1-based: "?" or "$n"). With `position`, the position is
    // the first value and an update moves the agreement there; without, a new agreement goes last
    // and a stored one keeps its place. The columns follow, in columns()' order (bindRow()).
    static QString upsertSql(bool position, const std::function<QString(int)> &placeholder);
    // The values of `agreement` in columns()' order.
    static QVariantList rowValues(const Agreement &agreement);
    static Plan plan(const QList<StoredAgreement> &stored, const QList<Agreement> &wanted,
                     const QHash<QString, qint64> *readVersions);
};

template <class Statement>
QList<AgreementStore::StoredAgreement> AgreementStore::storedRows(Statement &select, StoreError *error)
{
    QList<StoredAgreement> result;
    if (select.exec()) {
        const int stamp = int(columns().size());
        while (select.next()) {
            QJsonObject object;
            for (int i = 0; i < stamp; ++i) {
                const QJsonValue value = jsonValue(columns().at(i), select.value(i));
                if (!value.isUndefined())
                    object.insert(columns().at(i), value);
            }
            result << StoredAgreement{AgreementJson::fromJson(object),
                                      RowStamp{select.value(stamp).toLongLong(), select.value(stamp + 1).toString(),
                                               select.value(stamp + 2).toString()},
                                      select.value(stamp + 3).toInt()};
        }
    }
    if (error)
        *error = select.error();
    return result;
}

} // namespace rebuttal
