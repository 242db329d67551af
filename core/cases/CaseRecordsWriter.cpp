#include "CaseRecordsWriter.h"

#include "CaseRecordsReader.h"
#include "text/CsvTable.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace rebuttal {

namespace {

void insertText(QJsonObject &object, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

void insertDate(QJsonObject &object, const QString &key, const PartialDate &value)
{
    if (value.isValid())
        object.insert(key, value.toString());
}

} // namespace

QJsonObject CaseRecordsWriter::toJsonObject(const CaseRecords &records)
{
    QJsonArray clients;
    for (const Client &client : records.clients) {
        QJsonObject c{{QStringLiteral("ref"), client.ref}, {QStringLiteral("name"), client.name}};
        insertText(c, QStringLiteral("pseudonym"), client.pseudonym);
        insertText(c, QStringLiteral("country"), client.country);
        insertText(c, QStringLiteral("a_number"), client.aNumber);
        insertText(c, QStringLiteral("notes"), client.notes);
        QJsonArray allegations;
        for (const Allegation &a : client.allegations) {
            QJsonObject o{{QStringLiteral("ref"), a.ref}, {QStringLiteral("source"), codeOf(a.source)},
                          {QStringLiteral("kind"), codeOf(a.kind)}};
            insertText(o, QStringLiteral("origin"), a.origin);
            insertText(o, QStringLiteral("origin_country"), a.originCountry);
            insertDate(o, QStringLiteral("asserted_on"), a.assertedOn);
            insertDate(o, QStringLiteral("disclosed_on"), a.disclosedOn);
            insertText(o, QStringLiteral("disclosure_channel"), a.disclosureChannel);
            if (a.status)
                o.insert(QStringLiteral("status"), codeOf(*a.status));
            insertText(o, QStringLiteral("detail"), a.detail);
            allegations.append(o);
        }
        QJsonArray events;
        for (const CaseEvent &e : client.events) {
            QJsonObject o{{QStringLiteral("ref"), e.ref}, {QStringLiteral("type"), codeOf(e.type)},
                          {QStringLiteral("date"), e.date.toString()}};
            insertText(o, QStringLiteral("detail"), e.detail);
            insertText(o, QStringLiteral("decided_by"), e.decidedBy);
            if (!e.reliedOn.isEmpty())
                o.insert(QStringLiteral("relied_on"), QJsonArray::fromStringList(e.reliedOn));
            if (!e.evidence.isEmpty()) {
                QJsonArray evidence;
                for (const EvidenceCitation &citation : e.evidence) {
                    QJsonObject ev{{QStringLiteral("document"), citation.document}};
                    if (citation.page > 0)
                        ev.insert(QStringLiteral("page"), citation.page);
                    evidence.append(ev);
                }
                o.insert(QStringLiteral("evidence"), evidence);
            }
            events.append(o);
        }
        if (!allegations.isEmpty())
            c.insert(QStringLiteral("allegations"), allegations);
        if (!events.isEmpty())
            c.insert(QStringLiteral("events"), events);
        clients.append(c);
    }
    return {{QStringLiteral("format"), QStringLiteral("rebuttal.cases")}, {QStringLiteral("version"), 1},
            {QStringLiteral("clients"), clients}};
}

QByteArray CaseRecordsWriter::toJson(const CaseRecords &records)
{
    return QJsonDocument(toJsonObject(records)).toJson(QJsonDocument::Indented);
}

QByteArray CaseRecordsWriter::toCsv(const CaseRecords &records)
{
    const QStringList columns = CaseRecordsReader::csvColumns();
    QString out;
    auto writeRow = [&](const QHash<QString, QString> &values) {
        QStringList fields;
        for (const QString &column : columns)
            fields << CsvTable::spreadsheetField(values.value(column));
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };
    QStringList header;
    for (const QString &column : columns)
        header << column;
    out += header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const Client &client : records.clients) {
        writeRow({{QStringLiteral("client_ref"), client.ref}, {QStringLiteral("client_name"), client.name},
                  {QStringLiteral("country"), client.country}, {QStringLiteral("a_number"), client.aNumber},
                  {QStringLiteral("pseudonym"), client.pseudonym}, {QStringLiteral("notes"), client.notes},
                  {QStringLiteral("record"), QStringLiteral("client")}});
        for (const Allegation &a : client.allegations) {
            writeRow({{QStringLiteral("client_ref"), client.ref}, {QStringLiteral("record"), QStringLiteral("allegation")},
                      {QStringLiteral("ref"), a.ref}, {QStringLiteral("source"), codeOf(a.source)},
                      {QStringLiteral("kind"), codeOf(a.kind)}, {QStringLiteral("origin"), a.origin},
                      {QStringLiteral("origin_country"), a.originCountry},
                      {QStringLiteral("asserted_on"), a.assertedOn.isValid() ? a.assertedOn.toString() : QString()},
                      {QStringLiteral("disclosed_on"), a.disclosedOn.isValid() ? a.disclosedOn.toString() : QString()},
                      {QStringLiteral("disclosure_channel"), a.disclosureChannel},
                      {QStringLiteral("status"), a.status ? codeOf(*a.status) : QString()},
                      {QStringLiteral("detail"), a.detail}});
        }
        for (const CaseEvent &e : client.events) {
            QStringList citations;
            for (const EvidenceCitation &citation : e.evidence)
                citations << citation.toText();
            writeRow({{QStringLiteral("client_ref"), client.ref}, {QStringLiteral("record"), QStringLiteral("event")},
                      {QStringLiteral("ref"), e.ref}, {QStringLiteral("type"), codeOf(e.type)},
                      {QStringLiteral("date"), e.date.toString()}, {QStringLiteral("detail"), e.detail},
                      {QStringLiteral("relied_on"), e.reliedOn.join(QStringLiteral("; "))},
                      {QStringLiteral("evidence"), citations.join(QStringLiteral("; "))},
                      {QStringLiteral("decided_by"), e.decidedBy}});
        }
    }
    return "\xEF\xBB\xBF" + out.toUtf8();
}

ActivityDetail CaseRecordsWriter::logDetail(int clients, bool csv, const QByteArray &bytes)
{
    return ActivityDetail(QT_TRANSLATE_N_NOOP("ActivityLog", "Exported %n client(s) as %1, SHA-256 %2"), clients)
        .arg(csv ? QStringLiteral("CSV") : QStringLiteral("JSON"))
        .arg(QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
}

} // namespace rebuttal
