#include "CaseRecordsReader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace rebuttal {

namespace {

QString quoted(const QJsonValue &value)
{
    if (value.isString())
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    if (value.isDouble())
        return QString::number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isNull())
        return QStringLiteral("null");
    return value.isArray() ? QStringLiteral("an array") : QStringLiteral("an object");
}

int lineOfOffset(const QByteArray &data, int offset)
{
    return static_cast<int>(data.left(offset).count('\n')) + 1;
}

} // namespace

bool CaseRecordsReader::fail(const QString &where, const QString &problem)
{
    m_error = where.isEmpty() ? tr("%1: %2").arg(m_fileName, problem) : tr("%1: %2: %3").arg(m_fileName, where, problem);
    return false;
}

std::optional<CaseRecords> CaseRecordsReader::readFile(const QString &path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        m_fileName = name;
        fail({}, tr("cannot read the file (%1)").arg(file.errorString()));
        return std::nullopt;
    }
    return read(file.readAll(), name);
}

std::optional<CaseRecords> CaseRecordsReader::read(const QByteArray &json, const QString &fileName)
{
    m_fileName = fileName;
    m_error.clear();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(tr("line %1").arg(lineOfOffset(json, parseError.offset)), tr("malformed JSON (%1)").arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!document.isObject()) {
        fail({}, tr("expected a JSON object with \"format\": \"rebuttal.cases\""));
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("rebuttal.cases")) {
        fail(QStringLiteral("format"), tr("expected \"rebuttal.cases\", found %1").arg(quoted(root.value(QLatin1String("format")))));
        return std::nullopt;
    }
    if (root.value(QLatin1String("version")) != QJsonValue(1)) {
        fail(QStringLiteral("version"), tr("this version of Rebuttal reads version 1, found %1")
                                            .arg(quoted(root.value(QLatin1String("version")))));
        return std::nullopt;
    }
    const QJsonValue clients = root.value(QLatin1String("clients"));
    if (!clients.isArray()) {
        fail(QStringLiteral("clients"), tr("expected an array of clients"));
        return std::nullopt;
    }

    CaseRecords records;
    QSet<QString> refs;
    const QJsonArray array = clients.toArray();
    for (int i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            fail(QStringLiteral("clients[%1]").arg(i), tr("expected an object"));
            return std::nullopt;
        }
        std::optional<Client> client = readClient(array.at(i).toObject(), i);
        if (!client)
            return std::nullopt;
        if (refs.contains(client->ref)) {
            fail(tr("client %1").arg(client->ref), tr("ref %1 is used by another client in this file").arg(client->ref));
            return std::nullopt;
        }
        refs.insert(client->ref);
        records.clients << *client;
    }
    return records;
}

bool CaseRecordsReader::readText(const QJsonObject &object, const QString &key, const QString &where, bool required,
                                 QString *out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        if (required)
            return fail(where, tr("%1 is missing").arg(key));
        return true;
    }
    if (!value.isString())
        return fail(where, tr("%1 must be text, found %2").arg(key, quoted(value)));
    *out = value.toString();
    return true;
}

bool CaseRecordsReader::readDate(const QJsonObject &object, const QString &key, const QString &where, bool required,
                                 PartialDate *out)
{
    QString text;
    if (!readText(object, key, where, required, &text))
        return false;
    if (!object.contains(key))
        return true;
    *out = PartialDate::fromString(text);
    if (!out->isValid())
        return fail(where, tr("%1 %2 is not a real date (expected YYYY-MM-DD, YYYY-MM or YYYY)").arg(key, quoted(text)));
    return true;
}

std::optional<Client> CaseRecordsReader::readClient(const QJsonObject &object, int index)
{
    Client client;
    QString where = QStringLiteral("clients[%1]").arg(index);
    if (!readText(object, QStringLiteral("ref"), where, true, &client.ref))
        return std::nullopt;
    if (client.ref.isEmpty()) {
        fail(where, tr("ref is empty"));
        return std::nullopt;
    }
    where = tr("client %1").arg(client.ref);
    static const QRegularExpression countryShape(QStringLiteral("^[A-Z]{2}$"));
    static const QRegularExpression aNumberShape(QStringLiteral("^A?[0-9]{8,9}$"));
    if (!readText(object, QStringLiteral("name"), where, true, &client.name)
        || !readText(object, QStringLiteral("pseudonym"), where, false, &client.pseudonym)
        || !readText(object, QStringLiteral("country"), where, false, &client.country)
        || !readText(object, QStringLiteral("a_number"), where, false, &client.aNumber)
        || !readText(object, QStringLiteral("notes"), where, false, &client.notes)) {
        return std::nullopt;
    }
    if (object.contains(QLatin1String("country")) && !countryShape.match(client.country).hasMatch()) {
        fail(where, tr("country %1 is not an ISO 3166-1 alpha-2 code such as SV or GT").arg(quoted(client.country)));
        return std::nullopt;
    }
    if (object.contains(QLatin1String("a_number")) && !aNumberShape.match(client.aNumber).hasMatch()) {
        fail(where, tr("a_number %1 is not an A-number (8 or 9 digits, optionally after A)").arg(quoted(client.aNumber)));
        return std::nullopt;
    }

    const QJsonArray allegations = object.value(QLatin1String("allegations")).toArray();
    QSet<QString> allegationRefs;
    for (int i = 0; i < allegations.size(); ++i) {
        const QString at = where + QStringLiteral(", allegations[%1]").arg(i);
        std::optional<Allegation> allegation = readAllegation(allegations.at(i).toObject(), at);
        if (!allegation)
            return std::nullopt;
        if (allegationRefs.contains(allegation->ref)) {
            fail(at, tr("ref %1 is used by another allegation of this client").arg(quoted(allegation->ref)));
            return std::nullopt;
        }
        allegationRefs.insert(allegation->ref);
        client.allegations << *allegation;
    }

    const QJsonArray events = object.value(QLatin1String("events")).toArray();
    QSet<QString> eventRefs;
    for (int i = 0; i < events.size(); ++i) {
        const QString at = where + QStringLiteral(", events[%1]").arg(i);
        std::optional<CaseEvent> event = readEvent(events.at(i).toObject(), at);
        if (!event)
            return std::nullopt;
        if (eventRefs.contains(event->ref)) {
            fail(at, tr("ref %1 is used by another event of this client").arg(quoted(event->ref)));
            return std::nullopt;
        }
        for (const QString &relied : std::as_const(event->reliedOn)) {
            if (!allegationRefs.contains(relied)) {
                fail(at, tr("relied_on names %1, which is not an allegation of this client").arg(quoted(relied)));
                return std::nullopt;
            }
        }
        eventRefs.insert(event->ref);
        client.events << *event;
    }
    return client;
}

std::optional<Allegation> CaseRecordsReader::readAllegation(const QJsonObject &object, const QString &where)
{
    Allegation allegation;
    QString source, kind, status;
    if (!readText(object, QStringLiteral("ref"), where, true, &allegation.ref)
        || !readText(object, QStringLiteral("source"), where, true, &source)
        || !readText(object, QStringLiteral("kind"), where, true, &kind)
        || !readText(object, QStringLiteral("origin"), where, false, &allegation.origin)
        || !readText(object, QStringLiteral("origin_country"), where, false, &allegation.originCountry)
        || !readDate(object, QStringLiteral("asserted_on"), where, false, &allegation.assertedOn)
        || !readDate(object, QStringLiteral("disclosed_on"), where, false, &allegation.disclosedOn)
        || !readText(object, QStringLiteral("disclosure_channel"), where, false, &allegation.disclosureChannel)
        || !readText(object, QStringLiteral("status"), where, false, &status)
        || !readText(object, QStringLiteral("detail"), where, false, &allegation.detail)) {
        return std::nullopt;
    }
    if (allegation.ref.isEmpty()) {
        fail(where, tr("ref is empty"));
        return std::nullopt;
    }
    const auto sourceValue = fromCode<AllegationSource>(source);
    if (!sourceValue) {
        fail(where, tr("unknown source %1 (expected one of %2)").arg(quoted(source), allCodes<AllegationSource>().join(QLatin1String(", "))));
        return std::nullopt;
    }
    const auto kindValue = fromCode<AllegationKind>(kind);
    if (!kindValue) {
        fail(where, tr("unknown kind %1 (expected one of %2)").arg(quoted(kind), allCodes<AllegationKind>().join(QLatin1String(", "))));
        return std::nullopt;
    }
    if (object.contains(QLatin1String("status"))) {
        allegation.status = fromCode<AllegationStatus>(status);
        if (!allegation.status) {
            fail(where, tr("unknown status %1 (expected one of %2)")
                            .arg(quoted(status), allCodes<AllegationStatus>().join(QLatin1String(", "))));
            return std::nullopt;
        }
    }
    allegation.source = *sourceValue;
    allegation.kind = *kindValue;
    return allegation;
}

std::optional<CaseEvent> CaseRecordsReader::readEvent(const QJsonObject &object, const QString &where)
{
    CaseEvent event;
    QString type;
    if (!readText(object, QStringLiteral("ref"), where, true, &event.ref)
        || !readText(object, QStringLiteral("type"), where, true, &type)
        || !readDate(object, QStringLiteral("date"), where, true, &event.date)
        || !readText(object, QStringLiteral("detail"), where, false, &event.detail)) {
        return std::nullopt;
    }
    if (event.ref.isEmpty()) {
        fail(where, tr("ref is empty"));
        return std::nullopt;
    }
    const auto typeValue = fromCode<EventType>(type);
    if (!typeValue) {
        fail(where, tr("unknown event type %1").arg(quoted(type)));
        return std::nullopt;
    }
    event.type = *typeValue;
    for (const QJsonValue &relied : object.value(QLatin1String("relied_on")).toArray()) {
        if (!relied.isString()) {
            fail(where, tr("relied_on must list allegation refs, found %1").arg(quoted(relied)));
            return std::nullopt;
        }
        event.reliedOn << relied.toString();
    }
    for (const QJsonValue &item : object.value(QLatin1String("evidence")).toArray()) {
        const QJsonObject citation = item.toObject();
        EvidenceCitation evidence;
        if (!readText(citation, QStringLiteral("document"), where + QStringLiteral(", evidence"), true, &evidence.document))
            return std::nullopt;
        if (citation.contains(QLatin1String("page"))) {
            const QJsonValue page = citation.value(QLatin1String("page"));
            if (!page.isDouble() || page.toDouble() < 1 || page.toDouble() != static_cast<int>(page.toDouble())) {
                fail(where, tr("evidence page must be a whole number from 1, found %1").arg(quoted(page)));
                return std::nullopt;
            }
            evidence.page = page.toInt();
        }
        event.evidence << evidence;
    }
    return event;
}

} // namespace rebuttal
