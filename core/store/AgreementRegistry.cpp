#include "AgreementRegistry.h"

#include "ActivityLog.h"
#include "CaseStore.h"
#include "SqlStatement.h"
#include "domain/AgreementJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace rebuttal {

namespace {

// The stored columns are the format's own keys: scalars as text, lists as their JSON text (which
// SQLite's json_each can read), so what was imported reads back exactly, absent fields included.
const QStringList &columns()
{
    static const QStringList all{
        QStringLiteral("ref"), QStringLiteral("title"), QStringLiteral("kind"), QStringLiteral("parent"),
        QStringLiteral("country"), QStringLiteral("programs"), QStringLiteral("us_party"), QStringLiteral("partner"),
        QStringLiteral("receiving_agency"), QStringLiteral("signed_on"), QStringLiteral("commences_on"),
        QStringLiteral("ends_on"), QStringLiteral("suspensions"), QStringLiteral("covers"), QStringLiteral("purposes"),
        QStringLiteral("use_terms"), QStringLiteral("third_party_disclosure"), QStringLiteral("requires_sop"),
        QStringLiteral("withheld"), QStringLiteral("clauses"), QStringLiteral("reviews"), QStringLiteral("evidence"),
        QStringLiteral("notes")};
    return all;
}

QVariant columnValue(const QJsonValue &value)
{
    if (value.isUndefined())
        return QVariant(QMetaType(QMetaType::QString));
    if (value.isBool())
        return value.toBool() ? 1 : 0;
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return value.toString();
}

QJsonValue jsonValue(const QString &column, const QVariant &value)
{
    if (value.isNull())
        return QJsonValue(QJsonValue::Undefined);
    if (column == QLatin1String("requires_sop"))
        return value.toInt() != 0;
    static const QStringList lists{QStringLiteral("programs"), QStringLiteral("suspensions"), QStringLiteral("purposes"),
                                   QStringLiteral("withheld"), QStringLiteral("clauses"), QStringLiteral("reviews"),
                                   QStringLiteral("evidence")};
    if (lists.contains(column))
        return QJsonDocument::fromJson(value.toString().toUtf8()).array();
    return value.toString();
}

} // namespace

AgreementRegistry::AgreementRegistry(CaseStore &store)
    : m_store(store)
{
}

QList<Agreement> AgreementRegistry::agreements(StoreError *error) const
{
    QList<Agreement> result;
    SqlStatement select(m_store.database(), QStringLiteral("SELECT ") + columns().join(QStringLiteral(", "))
                                                 + QStringLiteral(" FROM agreements ORDER BY position, id"));
    if (select.exec()) {
        while (select.next()) {
            QJsonObject object;
            for (int i = 0; i < columns().size(); ++i) {
                const QJsonValue value = jsonValue(columns().at(i), select.value(i));
                if (!value.isUndefined())
                    object.insert(columns().at(i), value);
            }
            result << AgreementJson::fromJson(object);
        }
    }
    if (error)
        *error = select.error();
    return result;
}

StoreError AgreementRegistry::write(const QList<Agreement> &agreements)
{
    const QSqlDatabase db = m_store.database();
    QStringList updates;
    for (const QString &column : columns().mid(1))
        updates << column + QStringLiteral(" = excluded.") + column;
    SqlStatement upsert(db, QStringLiteral("INSERT INTO agreements (position, %1) VALUES (%2)"
                                           " ON CONFLICT (ref) DO UPDATE SET %3")
                                .arg(columns().join(QStringLiteral(", ")),
                                     QStringLiteral("(SELECT coalesce(max(position), -1) + 1 FROM agreements), ")
                                         + QStringList(columns().size(), QStringLiteral("?")).join(QStringLiteral(", ")),
                                     updates.join(QStringLiteral(", "))));
    for (const Agreement &agreement : agreements) {
        const QJsonObject object = AgreementJson::toJson(agreement);
        for (const QString &column : columns())
            upsert.bind(columnValue(object.value(column)));
        if (!upsert.exec())
            return upsert.error();
    }
    return {};
}

StoreError AgreementRegistry::importAgreements(const QList<Agreement> &agreements, const QString &sourceName)
{
    QSqlDatabase db = m_store.database();
    if (!db.transaction())
        return SqlStatement::errorOf(db.lastError());
    StoreError error = write(agreements);
    if (!error.isError())
        error = m_store.activity().append(QStringLiteral("import.agreements"),
                                          ActivityDetail(QT_TRANSLATE_N_NOOP("ActivityLog", "Imported %n agreement(s) from %1"),
                                                         static_cast<int>(agreements.size()))
                                              .arg(sourceName));
    if (error.isError() || !db.commit()) {
        if (!error.isError())
            error = SqlStatement::errorOf(db.lastError());
        db.rollback();
    }
    return error;
}

StoreError AgreementRegistry::replaceAll(const QList<Agreement> &agreements, const QString &action, const ActivityDetail &detail)
{
    QSqlDatabase db = m_store.database();
    if (!db.transaction())
        return SqlStatement::errorOf(db.lastError());
    SqlStatement clear(db, QStringLiteral("DELETE FROM agreements"));
    StoreError error = clear.exec() ? StoreError() : clear.error();
    if (!error.isError())
        error = write(agreements);
    if (!error.isError())
        error = m_store.activity().append(action, detail);
    if (error.isError() || !db.commit()) {
        if (!error.isError())
            error = SqlStatement::errorOf(db.lastError());
        db.rollback();
    }
    return error;
}

} // namespace rebuttal
