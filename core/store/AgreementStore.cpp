#include "AgreementStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace rebuttal {

const QStringList &AgreementStore::columns()
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

QVariant AgreementStore::columnValue(const QJsonValue &value)
{
    if (value.isUndefined())
        return QVariant(QMetaType(QMetaType::QString));
    if (value.isBool())
        return value.toBool() ? 1 : 0;
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return value.toString();
}

QJsonValue AgreementStore::jsonValue(const QString &column, const QVariant &value)
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

QString AgreementStore::storedSelect()
{
    return QStringLiteral("SELECT ") + columns().join(QStringLiteral(", "))
        + QStringLiteral(", version, changed_by, changed_at, position FROM agreements ORDER BY position, id");
}

QList<Agreement> AgreementStore::agreements(StoreError *error, QHash<QString, RowStamp> *stamps) const
{
    QList<Agreement> result;
    for (const StoredAgreement &row : stored(error)) {
        result << row.agreement;
        if (stamps)
            stamps->insert(row.agreement.ref, row.stamp);
    }
    return result;
}

QHash<QString, qint64> AgreementStore::versionsOf(const QList<StoredAgreement> &rows)
{
    QHash<QString, qint64> versions;
    for (const StoredAgreement &row : rows)
        versions.insert(row.agreement.ref, row.stamp.version);
    return versions;
}

QVariantList AgreementStore::rowValues(const Agreement &agreement)
{
    const QJsonObject object = AgreementJson::toJson(agreement);
    QVariantList values;
    for (const QString &column : columns())
        values << columnValue(object.value(column));
    return values;
}

QString AgreementStore::upsertSql(bool position, const std::function<QString(int)> &placeholder)
{
    QStringList values;
    QStringList updates;
    const int first = position ? 2 : 1;
    for (int i = 0; i < columns().size(); ++i)
        values << placeholder(first + i);
    for (const QString &column : columns().mid(1))
        updates << column + QStringLiteral(" = excluded.") + column;
    if (position)
        updates.prepend(QStringLiteral("position = excluded.position"));
    const QString where = position ? placeholder(1) : QStringLiteral("(SELECT coalesce(max(position), -1) + 1 FROM agreements)");
    return QStringLiteral("INSERT INTO agreements (position, %1) VALUES (%2, %3) ON CONFLICT (ref) DO UPDATE SET %4")
        .arg(columns().join(QStringLiteral(", ")), where, values.join(QStringLiteral(", ")), updates.join(QStringLiteral(", ")));
}

ActivityDetail AgreementStore::importLogged(qsizetype count, const QString &sourceName)
{
    return ActivityDetail(QT_TRANSLATE_N_NOOP("ActivityLog", "Imported %n agreement(s) from %1"), static_cast<int>(count))
        .arg(sourceName);
}

AgreementStore::Plan AgreementStore::plan(const QList<StoredAgreement> &stored, const QList<Agreement> &wanted,
                                          const QHash<QString, qint64> *readVersions)
{
    Plan result;
    QHash<QString, const StoredAgreement *> byRef;
    for (const StoredAgreement &row : stored)
        byRef.insert(row.agreement.ref, &row);
    // A row this save touches must be as it was read: at the version read (a row not read was
    // added since; one read and not stored now was deleted since).
    const auto unchangedSinceRead = [&](const QString &ref, const StoredAgreement *now) {
        if (!readVersions)
            return true;
        const auto read = readVersions->constFind(ref);
        const bool same = now ? read != readVersions->cend() && *read == now->stamp.version : read == readVersions->cend();
        if (!same)
            result.refusal = RowStamp::changedSinceRead(ref, now ? std::optional<RowStamp>(now->stamp) : std::nullopt);
        return same;
    };
    QSet<QString> kept;
    for (int position = 0; position < wanted.size(); ++position) {
        const Agreement &agreement = wanted.at(position);
        kept.insert(agreement.ref);
        const StoredAgreement *now = byRef.value(agreement.ref);
        if (now && now->position == position && AgreementJson::toJson(now->agreement) == AgreementJson::toJson(agreement))
            continue;
        if (!unchangedSinceRead(agreement.ref, now))
            return result;
        result.writes.append({agreement, position});
    }
    for (const StoredAgreement &row : stored) {
        if (kept.contains(row.agreement.ref))
            continue;
        if (!unchangedSinceRead(row.agreement.ref, &row))
            return result;
        result.deletes << row.agreement.ref;
    }
    return result;
}

} // namespace rebuttal
