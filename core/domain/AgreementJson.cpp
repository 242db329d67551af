#include "AgreementJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace rebuttal {

namespace {

void putText(QJsonObject &o, const char *key, const std::optional<QString> &value)
{
    if (value)
        o.insert(QLatin1String(key), *value);
}

void putDate(QJsonObject &o, const char *key, const PartialDate &value)
{
    if (value.isValid())
        o.insert(QLatin1String(key), value.toString());
}

void putList(QJsonObject &o, const char *key, const std::optional<QStringList> &value)
{
    if (value)
        o.insert(QLatin1String(key), QJsonArray::fromStringList(*value));
}

std::optional<QString> textOf(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? std::optional<QString>(v.toString()) : std::nullopt;
}

std::optional<QStringList> listOf(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isArray())
        return std::nullopt;
    QStringList list;
    for (const QJsonValue &item : v.toArray())
        list << item.toString();
    return list;
}

PartialDate dateOf(const QJsonObject &o, const char *key)
{
    return PartialDate::fromString(o.value(QLatin1String(key)).toString());
}

std::optional<QList<EvidenceCitation>> citationsOf(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isArray())
        return std::nullopt;
    QList<EvidenceCitation> list;
    for (const QJsonValue &item : v.toArray()) {
        const QJsonObject c = item.toObject();
        list << EvidenceCitation{c.value(QLatin1String("document")).toString(), c.value(QLatin1String("page")).toInt()};
    }
    return list;
}

} // namespace

QJsonObject AgreementJson::citation(const EvidenceCitation &citation)
{
    QJsonObject o{{QStringLiteral("document"), citation.document}};
    if (citation.page > 0)
        o.insert(QStringLiteral("page"), citation.page);
    return o;
}

QJsonArray AgreementJson::citations(const QList<EvidenceCitation> &list)
{
    QJsonArray array;
    for (const EvidenceCitation &c : list)
        array.append(citation(c));
    return array;
}

QJsonObject AgreementJson::toJson(const Agreement &a)
{
    QJsonObject o{{QStringLiteral("ref"), a.ref}, {QStringLiteral("title"), a.title}, {QStringLiteral("kind"), a.kind}};
    putText(o, "parent", a.parent);
    putText(o, "country", a.country);
    putList(o, "programs", a.programs);
    putText(o, "us_party", a.usParty);
    putText(o, "partner", a.partner);
    putText(o, "receiving_agency", a.receivingAgency);
    putDate(o, "signed_on", a.signedOn);
    putDate(o, "commences_on", a.commencesOn);
    putDate(o, "ends_on", a.endsOn);
    if (a.suspensions) {
        QJsonArray array;
        for (const Suspension &s : *a.suspensions) {
            QJsonObject so;
            putDate(so, "from", s.from);
            putDate(so, "to", s.to);
            array.append(so);
        }
        o.insert(QStringLiteral("suspensions"), array);
    }
    putText(o, "covers", a.covers);
    putList(o, "purposes", a.purposes);
    putText(o, "use_terms", a.useTerms);
    putText(o, "third_party_disclosure", a.thirdPartyDisclosure);
    if (a.requiresSop)
        o.insert(QStringLiteral("requires_sop"), *a.requiresSop);
    if (a.withheld) {
        QJsonArray array;
        for (const WithheldSection &w : *a.withheld) {
            QJsonObject wo{{QStringLiteral("section"), w.section}};
            putList(wo, "exemptions", w.exemptions);
            if (w.evidence)
                wo.insert(QStringLiteral("evidence"), citations(*w.evidence));
            array.append(wo);
        }
        o.insert(QStringLiteral("withheld"), array);
    }
    if (a.clauses) {
        QJsonArray array;
        for (const AgreementClause &c : *a.clauses) {
            QJsonObject co{{QStringLiteral("topic"), c.topic}};
            putText(co, "section", c.section);
            co.insert(QStringLiteral("quote"), c.quote);
            if (c.evidence)
                co.insert(QStringLiteral("evidence"), citations(*c.evidence));
            array.append(co);
        }
        o.insert(QStringLiteral("clauses"), array);
    }
    if (a.reviews) {
        QJsonArray array;
        for (const PartialDate &d : *a.reviews)
            array.append(d.toString());
        o.insert(QStringLiteral("reviews"), array);
    }
    if (a.evidence)
        o.insert(QStringLiteral("evidence"), citations(*a.evidence));
    putText(o, "notes", a.notes);
    return o;
}

Agreement AgreementJson::fromJson(const QJsonObject &o)
{
    Agreement a;
    a.ref = o.value(QLatin1String("ref")).toString();
    a.title = o.value(QLatin1String("title")).toString();
    a.kind = o.value(QLatin1String("kind")).toString();
    a.parent = textOf(o, "parent");
    a.country = textOf(o, "country");
    a.programs = listOf(o, "programs");
    a.usParty = textOf(o, "us_party");
    a.partner = textOf(o, "partner");
    a.receivingAgency = textOf(o, "receiving_agency");
    a.signedOn = dateOf(o, "signed_on");
    a.commencesOn = dateOf(o, "commences_on");
    a.endsOn = dateOf(o, "ends_on");
    if (o.value(QLatin1String("suspensions")).isArray()) {
        QList<Suspension> list;
        for (const QJsonValue &item : o.value(QLatin1String("suspensions")).toArray())
            list << Suspension{dateOf(item.toObject(), "from"), dateOf(item.toObject(), "to")};
        a.suspensions = list;
    }
    a.covers = textOf(o, "covers");
    a.purposes = listOf(o, "purposes");
    a.useTerms = textOf(o, "use_terms");
    a.thirdPartyDisclosure = textOf(o, "third_party_disclosure");
    if (o.value(QLatin1String("requires_sop")).isBool())
        a.requiresSop = o.value(QLatin1String("requires_sop")).toBool();
    if (o.value(QLatin1String("withheld")).isArray()) {
        QList<WithheldSection> list;
        for (const QJsonValue &item : o.value(QLatin1String("withheld")).toArray()) {
            const QJsonObject w = item.toObject();
            list << WithheldSection{w.value(QLatin1String("section")).toString(), listOf(w, "exemptions"), citationsOf(w, "evidence")};
        }
        a.withheld = list;
    }
    if (o.value(QLatin1String("clauses")).isArray()) {
        QList<AgreementClause> list;
        for (const QJsonValue &item : o.value(QLatin1String("clauses")).toArray()) {
            const QJsonObject c = item.toObject();
            list << AgreementClause{c.value(QLatin1String("topic")).toString(), textOf(c, "section"),
                                    c.value(QLatin1String("quote")).toString(), citationsOf(c, "evidence")};
        }
        a.clauses = list;
    }
    if (o.value(QLatin1String("reviews")).isArray()) {
        QList<PartialDate> list;
        for (const QJsonValue &item : o.value(QLatin1String("reviews")).toArray())
            list << PartialDate::fromString(item.toString());
        a.reviews = list;
    }
    a.evidence = citationsOf(o, "evidence");
    a.notes = textOf(o, "notes");
    return a;
}

QJsonObject AgreementJson::registry(const QList<Agreement> &agreements)
{
    QJsonArray array;
    for (const Agreement &a : agreements)
        array.append(toJson(a));
    return {{QStringLiteral("format"), QStringLiteral("rebuttal.agreements")}, {QStringLiteral("version"), 1},
            {QStringLiteral("agreements"), array}};
}

QByteArray AgreementJson::registryText(const QList<Agreement> &agreements)
{
    return QJsonDocument(registry(agreements)).toJson(QJsonDocument::Indented);
}

} // namespace rebuttal
