#include "CaseRecordsReader.h"

#include "CaseSchema.h"
#include "Sha256.h"
#include "domain/CaseTimeline.h"
#include "text/CsvTable.h"
#include "text/StrictJson.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <array>
#include <climits>
#include <cmath>
#include <cstdint>
#include <iterator>
#include <utility>

namespace rebuttal {

namespace {

QString quoted(const QJsonValue &value)
{
    return JsonSchema::quoted(value);
}

QString textOf(const rapidjson::Value &value)
{
    return QString::fromUtf8(value.GetString(), static_cast<qsizetype>(value.GetStringLength()));
}

QJsonValue qtValueOf(const rapidjson::Value &value)
{
    switch (value.GetType()) {
    case rapidjson::kNullType:
        return QJsonValue(QJsonValue::Null);
    case rapidjson::kFalseType:
        return false;
    case rapidjson::kTrueType:
        return true;
    case rapidjson::kStringType:
        return textOf(value);
    case rapidjson::kNumberType:
        return value.IsInt() ? QJsonValue(value.GetInt()) : QJsonValue(value.GetDouble());
    case rapidjson::kArrayType: {
        QJsonArray array;
        for (const rapidjson::Value &item : value.GetArray())
            array.append(qtValueOf(item));
        return array;
    }
    case rapidjson::kObjectType: {
        QJsonObject object;
        for (const auto &member : value.GetObject())
            object.insert(textOf(member.name), qtValueOf(member.value));
        return object;
    }
    }
    return {};
}

// A value as messages show it; null: the value is not there.
QString quoted(const rapidjson::Value *value)
{
    return JsonSchema::quoted(value ? qtValueOf(*value) : QJsonValue(QJsonValue::Undefined));
}

// `object`'s member `key`, or null when there is none (or `object` is not an object).
const rapidjson::Value *memberOf(const rapidjson::Value &object, const char *key)
{
    if (!object.IsObject())
        return nullptr;
    const auto found = object.FindMember(key);
    return found == object.MemberEnd() ? nullptr : &found->value;
}

rapidjson::Value::ConstArray arrayOf(const rapidjson::Value &object, const char *key)
{
    static const rapidjson::Value empty(rapidjson::kArrayType);
    const rapidjson::Value *value = memberOf(object, key);
    return value && value->IsArray() ? value->GetArray() : empty.GetArray();
}

// Numbers as Qt's JSON reads them, which the checks and their messages were written for: every
// number a double, an integer when it is whole and fits an int ("page": 3.0 is page 3;
// "page": 5000000000 is no page).
void readNumbersAsQtDoes(rapidjson::Value &value)
{
    if (value.IsObject()) {
        for (auto &member : value.GetObject())
            readNumbersAsQtDoes(member.value);
    } else if (value.IsArray()) {
        for (rapidjson::Value &item : value.GetArray())
            readNumbersAsQtDoes(item);
    } else if (value.IsNumber() && !value.IsInt()) {
        const double number = value.GetDouble();
        if (number >= INT_MIN && number <= INT_MAX && number == std::floor(number))
            value.SetInt(static_cast<int>(number));
        else
            value.SetDouble(number);
    }
}

// The chunk a document's values are allocated in. RapidJSON's default (64 KiB) put a large file's
// document on the heap in thousands of chunks, freed before the records are written: the store's
// writing then ran in a heap full of holes, and SQLite's sort building the indexes (one allocation
// a row, temp_store = MEMORY) took 0.32 s CPU after a 20,000-client CSV file against 0.22 s after
// the same records as JSON. Chunks this large are mapped and unmapped whole by the C library; a
// small file touches only the pages it uses. (That CSV import: 6-9% less CPU in all.)
constexpr size_t kDocumentChunkBytes = 8 * 1024 * 1024;

// PartialDate::fromString() of UTF-8 text. A date is read from the stack: a string made and freed
// for each of 200,000 dates left the heap full of small holes, and SQLite's index sort after the
// reading ran a third slower in them.
PartialDate dateOfUtf8(QByteArrayView text)
{
    char16_t stack[16];
    if (text.size() > qsizetype(std::size(stack)) || std::any_of(text.begin(), text.end(), [](char c) { return c & 0x80; }))
        return PartialDate::fromString(QString::fromUtf8(text));
    std::copy(text.begin(), text.end(), stack);
    return PartialDate::fromString(QString::fromRawData(reinterpret_cast<const QChar *>(stack), text.size()));
}

// A vocabulary's code, matched exactly, as the schema's enum lists it (tst_caserecords checks
// that the lists and allCodes() agree).
template<typename Enum>
std::optional<Enum> codeCell(QByteArrayView cell)
{
    static const std::vector<std::pair<QByteArray, Enum>> codes = [] {
        std::vector<std::pair<QByteArray, Enum>> made;
        for (const QString &code : allCodes<Enum>()) {
            if (const std::optional<Enum> value = fromCode<Enum>(code))
                made.emplace_back(code.toUtf8(), *value);
        }
        return made;
    }();
    for (const auto &[code, value] : codes) {
        if (code == cell)
            return value;
    }
    return std::nullopt;
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

bool CaseRecordsReader::failAt(const Place &where, const QString &problem)
{
    QString text = placeOf(where.client, where.section, where.index);
    if (!where.detail.isEmpty())
        text += QStringLiteral(", ") + where.detail;
    return fail(text, problem);
}

std::optional<CaseRecords> CaseRecordsReader::readFile(const QString &path)
{
    QFile file(path);
    const QFileInfo info(path);
    m_fileName = info.fileName();
    m_warnings.clear();
    if (info.isDir()) {
        fail({}, tr("is a folder, not a file of case records"));
        return std::nullopt;
    }
    if (!info.exists()) {
        fail({}, tr("no such file"));
        return std::nullopt;
    }
    // A pipe or a device could be endless; a huge file would be read whole before being refused.
    if (!info.isFile()) {
        fail({}, tr("is not a regular file"));
        return std::nullopt;
    }
    if (info.size() > MaxFileBytes) {
        fail({}, tr("the file is %1 MB; case records are read up to %2 MB (split the file)")
                     .arg(info.size() / (1024 * 1024))
                     .arg(MaxFileBytes / (1024 * 1024)));
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        fail({}, tr("cannot read the file (%1)").arg(file.errorString()));
        return std::nullopt;
    }
    // One byte more than the cap: a file that grew since it was measured is still refused.
    const QByteArray bytes = file.read(MaxFileBytes + 1);
    if (bytes.size() > MaxFileBytes) {
        fail({}, tr("the file is larger than %1 MB; case records are read up to that size").arg(MaxFileBytes / (1024 * 1024)));
        return std::nullopt;
    }
    return read(bytes, m_fileName);
}

std::optional<CaseRecords> CaseRecordsReader::read(const QByteArray &bytes, const QString &fileName)
{
    m_fileName = fileName;
    m_error.clear();
    m_warnings.clear();
    m_lines.clear();
    m_document = nullptr;
    m_qtRoot.reset();
    m_readCsvWithoutDocument = false;
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const QString sha256 = sha256Hex(bytes);
    const bool csv = suffix == QLatin1String("csv")
        || (suffix != QLatin1String("json") && !bytes.trimmed().startsWith('{') && !bytes.trimmed().isEmpty());
    m_sourceDescription = ActivityDetail(csv ? QT_TRANSLATE_NOOP("ActivityLog", "a CSV file with SHA-256 %1")
                                             : QT_TRANSLATE_NOOP("ActivityLog", "a JSON file with SHA-256 %1"));
    m_sourceDescription.arg(sha256);
    if (suffix == QLatin1String("csv"))
        return readCsv(bytes);
    if (suffix == QLatin1String("json") || bytes.trimmed().startsWith('{'))
        return readJson(bytes);
    if (bytes.trimmed().isEmpty()) {
        fail({}, tr("the file is empty"));
        return std::nullopt;
    }
    return readCsv(bytes);
}

std::optional<CaseRecords> CaseRecordsReader::readJson(const QByteArray &json)
{
    // A UTF-8 byte order mark is skipped, as Qt's parser did. Iterative: nesting costs no stack.
    const qsizetype skipped = json.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    constexpr unsigned flags = rapidjson::kParseValidateEncodingFlag | rapidjson::kParseIterativeFlag;
    // Parsed in place, in a copy the document's strings then point into (no allocation and copy
    // per string). In-place parsing stops at a NUL byte, so a file holding one (refused either
    // way) is parsed from its bytes, where RapidJSON sees and refuses it.
    QByteArray inPlace;
    rapidjson::MemoryPoolAllocator<> pool(kDocumentChunkBytes);
    rapidjson::Document document(&pool);
    const bool holdsNul = json.indexOf('\0') >= 0;
    if (!holdsNul) {
        inPlace = QByteArray(json.constData() + skipped, json.size() - skipped);
        document.ParseInsitu<flags>(inPlace.data());
    } else {
        document.Parse<flags>(json.constData() + skipped, static_cast<size_t>(json.size() - skipped));
    }
    // A key given twice, a raw NUL, a lone surrogate, deep nesting: said before any parse error,
    // as what the file most likely got wrong.
    if (const QString problem = StrictJson::problemIn(json, document); !problem.isEmpty()) {
        fail({}, problem);
        return std::nullopt;
    }
    // RapidJSON ends its input at a NUL byte even when given the length, so it takes
    // "{...}\0 anything" for the document alone; JSON text never holds one, and Qt says where.
    if (document.HasParseError() || holdsNul) {
        failMalformed(json, document, skipped);
        return std::nullopt;
    }
    if (!document.IsObject()) {
        fail({}, tr("expected a JSON object with \"format\": \"rebuttal.cases\""));
        return std::nullopt;
    }
    readNumbersAsQtDoes(document);
    return readDocument(document);
}

void CaseRecordsReader::failMalformed(const QByteArray &json, const rapidjson::Document &document, qsizetype skipped)
{
    QJsonParseError parseError;
    QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(tr("line %1").arg(lineOfOffset(json, parseError.offset)), tr("malformed JSON (%1)").arg(parseError.errorString()));
        return;
    }
    // What Qt would have read (none is known): RapidJSON's own words.
    const int offset = static_cast<int>(document.GetErrorOffset() + static_cast<size_t>(skipped));
    fail(tr("line %1").arg(lineOfOffset(json, offset)),
         tr("malformed JSON (%1)").arg(QString::fromLatin1(rapidjson::GetParseError_En(document.GetParseError()))));
}

const QJsonObject &CaseRecordsReader::qtRoot() const
{
    if (!m_qtRoot)
        m_qtRoot = m_document ? qtValueOf(*m_document).toObject() : QJsonObject();
    return *m_qtRoot;
}

std::optional<CaseRecords> CaseRecordsReader::readDocument(const rapidjson::Value &root)
{
    m_document = &root;
    m_qtRoot.reset();
    if (const std::optional<SchemaViolation> violation = CaseSchema::check(root)) {
        failSchema(*violation);
        return std::nullopt;
    }
    // The schema has said its part; what follows are the rules it cannot say, with the
    // first checks kept as a guard for documents that never went through it.
    const rapidjson::Value *format = memberOf(root, "format");
    if (!format || !format->IsString() || textOf(*format) != QLatin1String("rebuttal.cases")) {
        fail(QStringLiteral("format"), tr("expected \"rebuttal.cases\", found %1").arg(quoted(format)));
        return std::nullopt;
    }
    const rapidjson::Value *clients = memberOf(root, "clients");
    if (!clients || !clients->IsArray()) {
        fail(QStringLiteral("clients"), tr("expected an array of clients"));
        return std::nullopt;
    }

    CaseRecords records;
    const rapidjson::Value::ConstArray array = clients->GetArray();
    records.clients.reserve(array.Size());
    QSet<QString> refs;
    refs.reserve(array.Size());
    for (int i = 0; i < static_cast<int>(array.Size()); ++i) {
        if (!array[i].IsObject()) {
            fail(QStringLiteral("clients[%1]").arg(i), tr("expected an object"));
            return std::nullopt;
        }
        std::optional<Client> client = readClient(array[i], i);
        if (!client)
            return std::nullopt;
        if (refs.contains(client->ref)) {
            fail(placeOf(i), tr("ref %1 is used by another client in this file").arg(quoted(client->ref)));
            return std::nullopt;
        }
        refs.insert(client->ref);
        warnAboutDates(*client, i);
        records.clients << std::move(*client);
    }
    return records;
}

bool CaseRecordsReader::readUtf8(const rapidjson::Value &object, const char *key, const Place &where, bool required,
                                 QByteArrayView *out)
{
    const rapidjson::Value *value = memberOf(object, key);
    if (!value) {
        if (required)
            return failAt(where, tr("%1 is missing").arg(QLatin1String(key)));
        return true;
    }
    if (!value->IsString())
        return failAt(where, tr("%1 must be text, found %2").arg(QLatin1String(key), quoted(value)));
    *out = QByteArrayView(value->GetString(), static_cast<qsizetype>(value->GetStringLength()));
    return true;
}

bool CaseRecordsReader::readText(const rapidjson::Value &object, const char *key, const Place &where, bool required,
                                 QString *out)
{
    QByteArrayView utf8;
    if (!readUtf8(object, key, where, required, &utf8))
        return false;
    if (!utf8.isNull())
        *out = QString::fromUtf8(utf8);
    return true;
}

bool CaseRecordsReader::readDate(const rapidjson::Value &object, const char *key, const Place &where, bool required,
                                 PartialDate *out)
{
    QByteArrayView text;
    if (!readUtf8(object, key, where, required, &text))
        return false;
    if (text.isNull())
        return true;
    *out = dateOfUtf8(text);
    if (!out->isValid())
        return failAt(where, tr("%1 %2 is not a real date (expected YYYY-MM-DD, YYYY-MM or YYYY)").arg(QLatin1String(key), quoted(QString::fromUtf8(text))));
    return true;
}

namespace {

// The refs of one client's allegations or events read so far, looked up in the records themselves
// (a client has a handful), in a hash once there are more: a list of them made and freed for every
// client left the heap full of small holes, in which SQLite's index sort after it ran slower.
template<typename Record>
class RefSet
{
public:
    explicit RefSet(const QList<Record> &records)
        : m_records(records)
    {
    }
    bool contains(const QString &ref)
    {
        if (m_records.size() <= 16)
            return std::any_of(m_records.cbegin(), m_records.cend(), [&](const Record &record) { return record.ref == ref; });
        for (; m_hashedCount < m_records.size(); ++m_hashedCount)
            m_hashed.insert(m_records.at(m_hashedCount).ref);
        return m_hashed.contains(ref);
    }

private:
    const QList<Record> &m_records;
    QSet<QString> m_hashed;
    qsizetype m_hashedCount = 0;
};

// The schema's ^[A-Z]{2}$, without a regular expression per client.
bool isCountryCode(const QString &text)
{
    return text.size() == 2 && text.at(0) >= QLatin1Char('A') && text.at(0) <= QLatin1Char('Z') && text.at(1) >= QLatin1Char('A')
        && text.at(1) <= QLatin1Char('Z');
}

} // namespace

std::optional<Client> CaseRecordsReader::readClient(const rapidjson::Value &object, int index)
{
    Client client;
    const Place where{index, {}, -1, {}};
    if (!readText(object, "ref", where, true, &client.ref))
        return std::nullopt;
    if (client.ref.isEmpty()) {
        failAt(where, tr("ref is empty"));
        return std::nullopt;
    }
    if (!readText(object, "name", where, true, &client.name) || !readText(object, "pseudonym", where, false, &client.pseudonym)
        || !readText(object, "country", where, false, &client.country) || !readText(object, "a_number", where, false, &client.aNumber)
        || !readText(object, "notes", where, false, &client.notes)) {
        return std::nullopt;
    }
    if (memberOf(object, "country") && !isCountryCode(client.country)) {
        failAt(where, tr("country %1 is not an ISO 3166-1 alpha-2 code such as SV or GT").arg(quoted(client.country)));
        return std::nullopt;
    }
    if (memberOf(object, "a_number") && !isANumber(client.aNumber)) {
        failAt(where, tr("a_number %1 is not an A-number (8 or 9 digits, optionally after A)").arg(quoted(client.aNumber)));
        return std::nullopt;
    }

    const rapidjson::Value::ConstArray allegations = arrayOf(object, "allegations");
    client.allegations.reserve(allegations.Size());
    RefSet allegationRefs(client.allegations);
    for (int i = 0; i < static_cast<int>(allegations.Size()); ++i) {
        const Place at{index, QStringLiteral("allegations"), i, {}};
        std::optional<Allegation> allegation = readAllegation(allegations[i], at);
        if (!allegation)
            return std::nullopt;
        if (allegationRefs.contains(allegation->ref)) {
            failAt(at, tr("ref %1 is used by another allegation of this client").arg(quoted(allegation->ref)));
            return std::nullopt;
        }
        client.allegations << std::move(*allegation);
    }

    const rapidjson::Value::ConstArray events = arrayOf(object, "events");
    client.events.reserve(events.Size());
    RefSet eventRefs(client.events);
    for (int i = 0; i < static_cast<int>(events.Size()); ++i) {
        const Place at{index, QStringLiteral("events"), i, {}};
        std::optional<CaseEvent> event = readEvent(events[i], at);
        if (!event)
            return std::nullopt;
        if (eventRefs.contains(event->ref)) {
            failAt(at, tr("ref %1 is used by another event of this client").arg(quoted(event->ref)));
            return std::nullopt;
        }
        for (const QString &relied : std::as_const(event->reliedOn)) {
            if (!allegationRefs.contains(relied)) {
                failAt(at, tr("relied_on names %1, which is not an allegation of this client").arg(quoted(relied)));
                return std::nullopt;
            }
        }
        client.events << std::move(*event);
    }
    return client;
}

std::optional<Allegation> CaseRecordsReader::readAllegation(const rapidjson::Value &object, const Place &where)
{
    Allegation allegation;
    // The codes read where they are, not as strings made only to be looked up and freed.
    QByteArrayView source, kind, status;
    if (!readText(object, "ref", where, true, &allegation.ref) || !readUtf8(object, "source", where, true, &source)
        || !readUtf8(object, "kind", where, true, &kind) || !readText(object, "origin", where, false, &allegation.origin)
        || !readText(object, "origin_country", where, false, &allegation.originCountry)
        || !readDate(object, "asserted_on", where, false, &allegation.assertedOn)
        || !readDate(object, "disclosed_on", where, false, &allegation.disclosedOn)
        || !readText(object, "disclosure_channel", where, false, &allegation.disclosureChannel)
        || !readUtf8(object, "status", where, false, &status) || !readText(object, "detail", where, false, &allegation.detail)) {
        return std::nullopt;
    }
    if (allegation.ref.isEmpty()) {
        failAt(where, tr("ref is empty"));
        return std::nullopt;
    }
    const auto sourceValue = codeCell<AllegationSource>(source);
    if (!sourceValue) {
        failAt(where, tr("unknown source %1 (expected one of %2)").arg(quoted(QString::fromUtf8(source)), allCodes<AllegationSource>().join(QLatin1String(", "))));
        return std::nullopt;
    }
    const auto kindValue = codeCell<AllegationKind>(kind);
    if (!kindValue) {
        failAt(where, tr("unknown kind %1 (expected one of %2)").arg(quoted(QString::fromUtf8(kind)), allCodes<AllegationKind>().join(QLatin1String(", "))));
        return std::nullopt;
    }
    if (!status.isNull()) {
        allegation.status = codeCell<AllegationStatus>(status);
        if (!allegation.status) {
            failAt(where, tr("unknown status %1 (expected one of %2)")
                            .arg(quoted(QString::fromUtf8(status)), allCodes<AllegationStatus>().join(QLatin1String(", "))));
            return std::nullopt;
        }
    }
    allegation.source = *sourceValue;
    allegation.kind = *kindValue;
    return allegation;
}

std::optional<CaseEvent> CaseRecordsReader::readEvent(const rapidjson::Value &object, const Place &where)
{
    CaseEvent event;
    QByteArrayView type;
    if (!readText(object, "ref", where, true, &event.ref) || !readUtf8(object, "type", where, true, &type)
        || !readDate(object, "date", where, true, &event.date) || !readText(object, "detail", where, false, &event.detail)
        || !readText(object, "decided_by", where, false, &event.decidedBy)) {
        return std::nullopt;
    }
    if (event.ref.isEmpty()) {
        failAt(where, tr("ref is empty"));
        return std::nullopt;
    }
    const auto typeValue = codeCell<EventType>(type);
    if (!typeValue) {
        failAt(where, tr("unknown event type %1").arg(quoted(QString::fromUtf8(type))));
        return std::nullopt;
    }
    event.type = *typeValue;
    const rapidjson::Value::ConstArray reliedOn = arrayOf(object, "relied_on");
    event.reliedOn.reserve(reliedOn.Size());
    for (const rapidjson::Value &relied : reliedOn) {
        if (!relied.IsString()) {
            failAt(where, tr("relied_on must list allegation refs, found %1").arg(quoted(&relied)));
            return std::nullopt;
        }
        event.reliedOn << textOf(relied);
    }
    for (const rapidjson::Value &citation : arrayOf(object, "evidence")) {
        EvidenceCitation evidence;
        if (!readText(citation, "document", Place{where.client, where.section, where.index, QStringLiteral("evidence")}, true,
                      &evidence.document))
            return std::nullopt;
        if (const rapidjson::Value *page = memberOf(citation, "page")) {
            // Whole numbers that fit an int are held as one (readNumbersAsQtDoes).
            if (!page->IsInt() || page->GetInt() < 1) {
                failAt(where, tr("evidence page must be a whole number from 1, found %1").arg(quoted(page)));
                return std::nullopt;
            }
            evidence.page = page->GetInt();
        }
        event.evidence << evidence;
    }
    return event;
}

void CaseRecordsReader::warnAboutDates(const Client &client, int index)
{
    for (qsizetype i = 0; i < client.allegations.size(); ++i) {
        const Allegation &a = client.allegations.at(i);
        if (const std::optional<int> delay = CaseTimeline::disclosureDelayDays(a); delay && *delay < 0) {
            m_warnings << tr("%1: %2: disclosed_on %3 is before asserted_on %4 (imported; left out of the medians, check the dates)")
                              .arg(m_fileName, placeOf(index, QStringLiteral("allegations"), static_cast<int>(i)),
                                   a.disclosedOn.toString(), a.assertedOn.toString());
        }
    }
    // A release with nothing to release from: the records, not the client, are likely wrong.
    // Without a release there is nothing to look for (and no timeline to order).
    if (std::none_of(client.events.cbegin(), client.events.cend(), [](const CaseEvent &e) { return e.type == EventType::Release; }))
        return;
    const CaseTimeline timeline(client, QDate(9999, 12, 31));
    bool detained = false;
    for (const int e : timeline.eventOrder()) {
        const EventType type = client.events.at(e).type;
        detained = detained || type == EventType::DetentionStart;
        if (type == EventType::Release && !detained) {
            m_warnings << tr("%1: %2: release on %3 comes before any detention_start (imported; check the dates)")
                              .arg(m_fileName, placeOf(index, QStringLiteral("events"), e),
                                   client.events.at(e).date.toString());
            break;
        }
    }
}

namespace {

// The CSV columns, which are also the JSON keys of what they hold (but client_ref and client_name).
constexpr const char *kColumnNames[] = {
    "client_ref", "client_name", "country", "a_number", "pseudonym", "notes", "record", "ref", "source", "kind", "origin",
    "origin_country", "asserted_on", "disclosed_on", "disclosure_channel", "status", "type", "date", "detail", "relied_on",
    "evidence", "decided_by"};

} // namespace

QStringList CaseRecordsReader::csvColumns()
{
    QStringList columns;
    for (const char *name : kColumnNames)
        columns << QLatin1String(name);
    return columns;
}

QString CaseRecordsReader::placeOf(int client, const QString &section, int index) const
{
    const QJsonObject &root = qtRoot();
    QStringList parts;
    if (client >= 0 && client < m_lines.size()) {
        const CsvLines &lines = m_lines.at(client);
        const QList<int> &items = section == QLatin1String("events") ? lines.events : lines.allegations;
        const bool item = !section.isEmpty() && index >= 0;
        if (!item)
            parts << tr("line %1").arg(lines.client);
        else if (index < items.size())
            parts << tr("line %1").arg(items.at(index));
    }
    const QJsonObject clientObject = root.value(QLatin1String("clients")).toArray().at(client).toObject();
    const QJsonValue ref = clientObject.value(QLatin1String("ref"));
    parts << (ref.isString() && !ref.toString().isEmpty() ? tr("client %1").arg(ref.toString())
                                                         : QStringLiteral("clients[%1]").arg(client));
    if (!section.isEmpty() && index >= 0) {
        const QJsonValue itemRef = clientObject.value(section).toArray().at(index).toObject().value(QLatin1String("ref"));
        if (itemRef.isString() && !itemRef.toString().isEmpty()) {
            parts << (section == QLatin1String("events") ? tr("event %1").arg(itemRef.toString())
                                                         : tr("allegation %1").arg(itemRef.toString()));
        } else {
            parts << QStringLiteral("%1[%2]").arg(section).arg(index);
        }
    }
    return parts.join(QStringLiteral(", "));
}

bool CaseRecordsReader::failSchema(const SchemaViolation &violation)
{
    const QJsonObject &root = qtRoot();
    const QStringList &path = violation.path;
    // Where: the client, the allegation or event, then the field within it.
    QString where;
    int fieldFrom = 0;
    if (path.size() >= 2 && path.at(0) == QLatin1String("clients")) {
        const int client = path.at(1).toInt();
        if (path.size() >= 4 && (path.at(2) == QLatin1String("allegations") || path.at(2) == QLatin1String("events"))) {
            where = placeOf(client, path.at(2), path.at(3).toInt());
            fieldFrom = 4;
        } else {
            where = placeOf(client);
            fieldFrom = 2;
        }
    }
    const QJsonValue value = JsonSchema::valueAt(root, path);
    const QString field = JsonSchema::fieldName(path, fieldFrom);
    const QString name = path.isEmpty() ? QString() : path.constLast();

    static const QRegularExpression missing(QStringLiteral("required property '([^']+)'"));
    const QRegularExpressionMatch missingMatch = missing.match(violation.description);
    QString problem;
    if (missingMatch.hasMatch()) {
        const QString missingField = field.isEmpty() ? missingMatch.captured(1) : field + QLatin1Char('.') + missingMatch.captured(1);
        problem = tr("%1 is missing").arg(missingField);
    } else if (name == QLatin1String("source")) {
        problem = tr("source %1 is not a known source (expected one of %2)").arg(quoted(value), allCodes<AllegationSource>().join(QLatin1String(", ")));
    } else if (name == QLatin1String("kind")) {
        problem = tr("kind %1 is not a known kind (expected one of %2)").arg(quoted(value), allCodes<AllegationKind>().join(QLatin1String(", ")));
    } else if (name == QLatin1String("status")) {
        problem = tr("status %1 is not a known status (expected one of %2)").arg(quoted(value), allCodes<AllegationStatus>().join(QLatin1String(", ")));
    } else if (name == QLatin1String("type") && path.size() == 5) {
        problem = tr("type %1 is not a known event type (for example detention_start, bond_denied, removal)").arg(quoted(value));
    } else if (name == QLatin1String("decided_by")) {
        problem = tr("decided_by %1 is not a known body (expected one of ICE, CBP, USCIS, EOIR, DOS, OTHER)").arg(quoted(value));
    } else if (name == QLatin1String("date") || name == QLatin1String("asserted_on") || name == QLatin1String("disclosed_on")) {
        problem = tr("%1 %2 is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)").arg(field, quoted(value));
    } else if (name == QLatin1String("country") || name == QLatin1String("origin_country")) {
        problem = tr("%1 %2 is not an ISO 3166-1 alpha-2 code such as SV or GT").arg(field, quoted(value));
    } else if (name == QLatin1String("a_number")) {
        problem = tr("a_number %1 is not an A-number (8 or 9 digits, optionally after A)").arg(quoted(value));
    } else if (name == QLatin1String("page")) {
        problem = tr("%1 %2 is not a page number (a whole number from 1)").arg(field, quoted(value));
    } else if (path == QStringList{QStringLiteral("format")}) {
        problem = tr("format must be \"rebuttal.cases\", found %1").arg(quoted(value));
    } else if (path == QStringList{QStringLiteral("version")}) {
        problem = tr("this version of Rebuttal reads version 1, found %1").arg(quoted(value));
    } else if (field.isEmpty() && path.isEmpty()) {
        problem = tr("not a rebuttal.cases document (%1)").arg(violation.description);
    } else {
        problem = tr("%1 %2 does not fit the rebuttal.cases schema (%3)")
                      .arg(field.isEmpty() ? path.join(QLatin1Char('.')) : field, quoted(value), violation.description);
    }
    return fail(where, problem);
}

namespace {

// The CSV columns by their place in csvColumns().
enum CsvColumn {
    ClientRef, ClientName, Country, ANumber, Pseudonym, Notes, Record, Ref, Source, Kind, Origin, OriginCountry,
    AssertedOn, DisclosedOn, DisclosureChannel, Status, Type, Date, Detail, ReliedOn, Evidence, DecidedBy, ColumnCount
};

// The columns every row may fill, whatever its record: the client's.
constexpr CsvColumn kClientColumns[] = {ClientRef, ClientName, Country, ANumber, Pseudonym, Notes, Record};
// The client fields a row may repeat, with their JSON keys.
constexpr std::pair<CsvColumn, const char *> kClientFields[] = {
    {ClientName, "name"}, {Country, "country"}, {ANumber, "a_number"}, {Pseudonym, "pseudonym"}, {Notes, "notes"}};
constexpr CsvColumn kAllegationColumns[] = {Ref, Source, Kind, Origin, OriginCountry, AssertedOn, DisclosedOn,
                                            DisclosureChannel, Status, Detail};
constexpr CsvColumn kEventColumns[] = {Ref, Type, Date, Detail, ReliedOn, Evidence, DecidedBy};

// The columns a record takes, one bit a column: a row's cells are checked against them with a
// mask, not a search of these lists per cell (22 cells a row, 200,000 rows in a large file).
template<std::size_t N>
constexpr std::uint32_t maskOf(const CsvColumn (&columns)[N])
{
    std::uint32_t mask = 0;
    for (const CsvColumn column : columns)
        mask |= 1u << column;
    return mask;
}
constexpr std::uint32_t kClientMask = maskOf(kClientColumns);
constexpr std::uint32_t kAllegationMask = kClientMask | maskOf(kAllegationColumns);
constexpr std::uint32_t kEventMask = kClientMask | maskOf(kEventColumns);
static_assert(ColumnCount <= 32);

// The cells of a row are read as the file's UTF-8, never as QStrings: they go into the RapidJSON
// document as UTF-8, and decoding them only to encode them again took a fifth of a large import.
// A cell trimmed as QString::trimmed() trims (white space at either end, Unicode's included).
QByteArrayView trimmedCell(QByteArrayView cell, QByteArray &scratch)
{
    const auto isAsciiSpace = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
    while (!cell.isEmpty() && isAsciiSpace(cell.front()))
        cell = cell.sliced(1);
    while (!cell.isEmpty() && isAsciiSpace(cell.back()))
        cell = cell.chopped(1);
    // Other white space is never ASCII: a cell that starts or ends outside ASCII is trimmed by Qt.
    if (!cell.isEmpty() && (static_cast<unsigned char>(cell.front()) >= 0x80 || static_cast<unsigned char>(cell.back()) >= 0x80)) {
        scratch = QString::fromUtf8(cell).trimmed().toUtf8();
        return scratch;
    }
    return cell;
}

// CsvTable::undefused() on UTF-8: the export's apostrophe before a formula character dropped.
QByteArrayView undefusedCell(QByteArrayView cell)
{
    if (!cell.startsWith('\''))
        return cell;
    qsizetype from = 1;
    while (from < cell.size() && cell.at(from) == '\'')
        ++from;
    static constexpr QByteArrayView formulaStarts("=+-@\t\r");
    return from < cell.size() && formulaStarts.contains(cell.at(from)) ? cell.sliced(1) : cell;
}

} // namespace

// One row's cells by CsvColumn, trimmed, with the export's defusing undone; empty where the file
// has no such column. The views hold while the row and `scratch` do.
struct CsvCells
{
    QByteArrayView cells[ColumnCount];
    QByteArray scratch[ColumnCount]; // a cell Qt trimmed

    CsvCells(const CsvRawRow &row, const QList<int> &fieldOfColumn)
    {
        for (int c = 0; c < ColumnCount; ++c) {
            const int i = fieldOfColumn.at(c);
            if (i >= 0 && i < row.fields.size())
                cells[c] = undefusedCell(trimmedCell(row.fields.at(i), scratch[c]));
        }
    }
    CsvCells(const CsvCells &) = delete;
    CsvCells &operator=(const CsvCells &) = delete;
    QByteArrayView at(int column) const { return cells[column]; }
    QString text(int column) const { return QString::fromUtf8(cells[column]); }
};

namespace {

static_assert(std::size(kColumnNames) == ColumnCount);

rapidjson::Value textValue(QByteArrayView utf8, rapidjson::Document &document)
{
    return rapidjson::Value(utf8.data(), static_cast<rapidjson::SizeType>(utf8.size()), document.GetAllocator());
}

rapidjson::Value textValue(const QString &text, rapidjson::Document &document)
{
    return textValue(QByteArrayView(text.toUtf8()), document);
}

rapidjson::Value reliedOnOf(QByteArrayView value, rapidjson::Document &document)
{
    rapidjson::Value refs(rapidjson::kArrayType);
    QByteArray scratch;
    for (qsizetype from = 0; from <= value.size();) {
        qsizetype end = value.indexOf(';', from);
        if (end < 0)
            end = value.size();
        if (const QByteArrayView part = trimmedCell(value.sliced(from, end - from), scratch); !part.isEmpty())
            refs.PushBack(textValue(part, document), document.GetAllocator());
        from = end + 1;
    }
    return refs;
}

rapidjson::Value citationsOf(const QString &value, rapidjson::Document &document)
{
    rapidjson::Document::AllocatorType &allocator = document.GetAllocator();
    rapidjson::Value citations(rapidjson::kArrayType);
    for (const QString &part : value.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString text = part.trimmed();
        if (text.isEmpty())
            continue;
        const EvidenceCitation parsed = EvidenceCitation::fromText(text);
        rapidjson::Value citation(rapidjson::kObjectType);
        const qsizetype hash = text.lastIndexOf(QLatin1Char('#'));
        if (parsed.page > 0) {
            citation.AddMember("document", textValue(parsed.document, document), allocator);
            citation.AddMember("page", parsed.page, allocator);
        } else if (hash > 0) { // "X#0", "X#p4": a page that is not one, for the schema to name
            citation.AddMember("document", textValue(text.left(hash).trimmed(), document), allocator);
            citation.AddMember("page", textValue(text.mid(hash + 1).trimmed(), document), allocator);
        } else {
            citation.AddMember("document", textValue(parsed.document, document), allocator);
        }
        citations.PushBack(citation, allocator);
    }
    return citations;
}

// An allegation or event row as the JSON object the schema checks.
template<std::size_t N>
rapidjson::Value itemOf(const CsvCells &cells, const CsvColumn (&columns)[N], rapidjson::Document &document)
{
    rapidjson::Value item(rapidjson::kObjectType);
    for (const CsvColumn column : columns) {
        const QByteArrayView value = cells.at(column);
        if (value.isEmpty())
            continue;
        const rapidjson::Value::StringRefType key(kColumnNames[column]);
        if (column == ReliedOn)
            item.AddMember(key, reliedOnOf(value, document), document.GetAllocator());
        else if (column == Evidence) // rare, and read by EvidenceCitation::fromText as text
            item.AddMember(key, citationsOf(cells.text(column), document), document.GetAllocator());
        else
            item.AddMember(key, textValue(value, document), document.GetAllocator());
    }
    return item;
}

// The record a row is ("client", "allegation", "event"), written in any case. `record` is lower
// case ASCII: a cell matches when each byte does, upper case folded (what Qt's case-insensitive
// comparison of Latin-1 text gives for these words, without its per-character cost).
bool isRecord(QByteArrayView cell, QLatin1StringView record)
{
    if (cell.size() != record.size())
        return false;
    for (qsizetype i = 0; i < cell.size(); ++i) {
        const char c = cell.at(i);
        if ((c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c) != record.at(i).toLatin1())
            return false;
    }
    return true;
}

} // namespace

// A client as its CSV rows build it up.
struct CaseRecordsReader::CsvClient
{
    rapidjson::Value client{rapidjson::kObjectType};
    int lineOfField[std::size(kClientFields)] = {}; // the last line that gave each of kClientFields
    rapidjson::Value allegations{rapidjson::kArrayType};
    rapidjson::Value events{rapidjson::kArrayType};
};

std::optional<CaseRecords> CaseRecordsReader::readCsv(const QByteArray &csv)
{
    // Nearly every file is read directly (the document, its schema check and its reading took a
    // third of a large CSV import); one it does not take is read again below, from the start.
    if (std::optional<CaseRecords> records = readCsvDirectly(csv)) {
        m_readCsvWithoutDocument = true;
        return records;
    }
    m_error.clear();
    m_warnings.clear();
    m_lines.clear();
    m_document = nullptr;
    m_qtRoot.reset();
    // Rows are read one at a time and go straight into their client's records: the file's rows
    // are never all held at once (a 20,000-client file once peaked at 702 MiB that way).
    QList<int> fieldOfColumn;
    bool header = true;
    bool rowFailed = false;
    rapidjson::MemoryPoolAllocator<> pool(kDocumentChunkBytes);
    rapidjson::Document document(rapidjson::kObjectType, &pool);
    rapidjson::Document::AllocatorType &allocator = document.GetAllocator();
    std::vector<CsvClient> clients;
    QHash<QByteArray, int> clientIndex;
    clientIndex.reserve(csv.size() / 512); // a guess (a client's rows take a few hundred bytes) that spares rehashing
    int lastClient = -1;
    QByteArray lastRef;
    QString parseError;
    const bool read = CsvTable::forEachRawRow(csv, &parseError, [&](CsvRawRow &row) {
        if (header) {
            header = false;
            rowFailed = !readCsvHeader(CsvTable::decoded(row), &fieldOfColumn);
            return !rowFailed;
        }
        const CsvCells cells(row, fieldOfColumn);
        const QByteArrayView ref = cells.at(ClientRef);
        if (ref.isEmpty()) {
            rowFailed = true;
            return fail(tr("line %1").arg(row.line), tr("client_ref is empty"));
        }
        // A client's rows usually follow one another (the export writes them so): the last
        // client is tried before the hash.
        if (lastClient < 0 || ref != lastRef) {
            lastRef = ref.toByteArray();
            auto found = clientIndex.constFind(lastRef);
            if (found == clientIndex.cend()) {
                found = clientIndex.insert(lastRef, static_cast<int>(clients.size()));
                clients.emplace_back().client.AddMember("ref", textValue(ref, document), allocator);
                m_lines.append(CsvLines{row.line, {}, {}});
            }
            lastClient = *found;
        }
        rowFailed = !readCsvRow(row.line, cells, lastClient, clients[static_cast<std::size_t>(lastClient)], document);
        return !rowFailed;
    });
    if (rowFailed)
        return std::nullopt;
    if (!read) {
        fail({}, parseError);
        return std::nullopt;
    }
    if (header) {
        fail({}, tr("the file is empty (expected a header row naming the columns: %1)").arg(csvColumns().join(QLatin1String(", "))));
        return std::nullopt;
    }

    rapidjson::Value clientArray(rapidjson::kArrayType);
    clientArray.Reserve(static_cast<rapidjson::SizeType>(clients.size()), allocator);
    for (CsvClient &client : clients) {
        if (!client.allegations.Empty())
            client.client.AddMember("allegations", client.allegations, allocator);
        if (!client.events.Empty())
            client.client.AddMember("events", client.events, allocator);
        clientArray.PushBack(client.client, allocator); // moved: the client's values are the array's now
    }
    document.AddMember("format", "rebuttal.cases", allocator);
    document.AddMember("version", 1, allocator);
    document.AddMember("clients", clientArray, allocator);
    return readDocument(document);
}

bool CaseRecordsReader::readCsvHeader(const CsvRow &header, QList<int> *fieldOfColumn)
{
    // Header names are matched without regard to case, spaces or a BOM.
    const QStringList known = csvColumns();
    *fieldOfColumn = QList<int>(ColumnCount, -1);
    for (int i = 0; i < header.fields.size(); ++i) {
        QString name = header.fields.at(i).trimmed().toLower();
        name.replace(QLatin1Char(' '), QLatin1Char('_'));
        if (name == QLatin1String("name"))
            name = QStringLiteral("client_name");
        if (name.isEmpty())
            continue;
        const qsizetype column = known.indexOf(name);
        if (column < 0)
            return fail(tr("line %1").arg(header.line), tr("unknown column %1 (the columns are: %2)").arg(quoted(header.fields.at(i)), known.join(QLatin1String(", "))));
        (*fieldOfColumn)[column] = i;
    }
    for (const CsvColumn required : {ClientRef, Record}) {
        if (fieldOfColumn->at(required) < 0) {
            return fail(tr("line %1").arg(header.line), tr("no %1 column (the header row must name the columns: %2)")
                                                            .arg(known.at(required), known.join(QLatin1String(", "))));
        }
    }
    return true;
}

bool CaseRecordsReader::readCsvRow(int line, const CsvCells &cells, int index, CsvClient &client,
                                   rapidjson::Document &document)
{
    // Put into words only when the row is wrong: most rows are not.
    const auto where = [&]() -> QString { return tr("line %1").arg(line) + QStringLiteral(", ") + tr("client %1").arg(cells.text(ClientRef)); };
    // Client fields may be repeated on every row of the client, but must agree.
    static const QStringList names = csvColumns();
    for (std::size_t field = 0; field < std::size(kClientFields); ++field) {
        const auto &[column, keyName] = kClientFields[field];
        const QByteArrayView value = cells.at(column);
        if (value.isEmpty())
            continue;
        const auto stored = client.client.FindMember(keyName);
        if (stored == client.client.MemberEnd()) {
            client.client.AddMember(rapidjson::Value::StringRefType(keyName), textValue(value, document), document.GetAllocator());
        } else if (QByteArrayView(stored->value.GetString(), stored->value.GetStringLength()) != value) {
            return fail(where(), tr("%1 %2 differs from %3 on line %4").arg(names.at(column), quoted(cells.text(column)), quoted(textOf(stored->value)))
                                   .arg(client.lineOfField[field]));
        }
        client.lineOfField[field] = line;
    }
    const bool allegation = isRecord(cells.at(Record), QLatin1StringView("allegation"));
    const bool event = isRecord(cells.at(Record), QLatin1StringView("event"));
    if (!allegation && !event && !isRecord(cells.at(Record), QLatin1StringView("client")))
        return fail(where(), tr("record %1 must be client, allegation or event").arg(quoted(cells.text(Record))));
    // A value in a column the record does not take is most likely a shifted row.
    const std::uint32_t taken = allegation ? kAllegationMask : event ? kEventMask : kClientMask;
    for (int column = 0; column < ColumnCount; ++column) {
        if (!(taken & (1u << column)) && !cells.at(column).isEmpty())
            return fail(where(), tr("a %1 row has no %2 (found %3)").arg(cells.text(Record).toLower(), names.at(column), quoted(cells.text(column))));
    }
    if (!allegation && !event)
        return true;
    rapidjson::Value &list = event ? client.events : client.allegations;
    (event ? m_lines[index].events : m_lines[index].allegations) << line;
    list.PushBack(event ? itemOf(cells, kEventColumns, document) : itemOf(cells, kAllegationColumns, document),
                  document.GetAllocator());
    return true;
}

} // namespace rebuttal

namespace rebuttal {

namespace {

// The schema's date pattern, ^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$, on a cell's UTF-8.
bool hasDateShape(QByteArrayView cell)
{
    const qsizetype length = cell.size();
    if (length != 4 && length != 7 && length != 10)
        return false;
    for (qsizetype i = 0; i < length; ++i) {
        const bool dash = i == 4 || i == 7;
        if (dash ? cell.at(i) != '-' : (cell.at(i) < '0' || cell.at(i) > '9'))
            return false;
    }
    return true;
}

// The schema's ^[A-Z]{2}$.
bool hasCountryShape(QByteArrayView cell)
{
    return cell.size() == 2 && cell.at(0) >= 'A' && cell.at(0) <= 'Z' && cell.at(1) >= 'A' && cell.at(1) <= 'Z';
}

// A date cell as readDate() takes it: the schema's shape and a real calendar date.
bool readDateCell(QByteArrayView cell, PartialDate *out)
{
    if (!hasDateShape(cell))
        return false;
    *out = dateOfUtf8(cell);
    return out->isValid();
}

// The bodies the schema lets decided_by name.
bool isDecidingBody(QByteArrayView cell)
{
    static constexpr QByteArrayView bodies[] = {"ICE", "CBP", "USCIS", "EOIR", "DOS", "OTHER"};
    return std::find(std::begin(bodies), std::end(bodies), cell) != std::end(bodies);
}

// A text cell into a field left as it is when the cell is empty (the key absent from the document).
void setText(QByteArrayView cell, QString *out)
{
    if (!cell.isEmpty())
        *out = QString::fromUtf8(cell);
}

// Whether no two of a client's allegations (or events) share a ref, without allocating for the
// few a client has (a set made and freed per client left holes in the heap).
template<typename Record, typename RefOf>
bool refsAreUnique(const QList<Record> &records, RefOf refOf)
{
    if (records.size() > 32) {
        QSet<QString> refs;
        for (const Record &record : records)
            refs.insert(refOf(record));
        return refs.size() == records.size();
    }
    for (qsizetype i = 1; i < records.size(); ++i) {
        for (qsizetype j = 0; j < i; ++j) {
            if (refOf(records.at(i)) == refOf(records.at(j)))
                return false;
        }
    }
    return true;
}

// A row's client fields into its client. `given` says which of kClientFields the client's rows
// have given so far, one bit each: a field given again must be given the same.
bool takeClientFields(const CsvCells &cells, Client &client, std::uint8_t &given)
{
    QString *const clientField[] = {&client.name, &client.country, &client.aNumber, &client.pseudonym, &client.notes};
    static_assert(std::size(clientField) == std::size(kClientFields));
    for (std::size_t field = 0; field < std::size(kClientFields); ++field) {
        const QByteArrayView value = cells.at(kClientFields[field].first);
        if (value.isEmpty())
            continue;
        if (!(given & (1u << field))) {
            given |= 1u << field;
            *clientField[field] = QString::fromUtf8(value);
        } else if (*clientField[field] != QString::fromUtf8(value)) {
            return false;
        }
    }
    return true;
}

enum class CsvRecord { Client, Allegation, Event };

// What a row records, when its cells fit that record: no column filled that the record does not
// take, and the ref the schema requires of an allegation or an event.
std::optional<CsvRecord> recordOfRow(const CsvCells &cells)
{
    CsvRecord record;
    if (isRecord(cells.at(Record), QLatin1StringView("allegation")))
        record = CsvRecord::Allegation;
    else if (isRecord(cells.at(Record), QLatin1StringView("event")))
        record = CsvRecord::Event;
    else if (isRecord(cells.at(Record), QLatin1StringView("client")))
        record = CsvRecord::Client;
    else
        return std::nullopt;
    const std::uint32_t taken = record == CsvRecord::Allegation ? kAllegationMask : record == CsvRecord::Event ? kEventMask : kClientMask;
    for (int column = 0; column < ColumnCount; ++column) {
        if (!(taken & (1u << column)) && !cells.at(column).isEmpty())
            return std::nullopt;
    }
    if (record != CsvRecord::Client && cells.at(Ref).isEmpty())
        return std::nullopt;
    return record;
}

// An allegation row's cells as readAllegation() checks them; false at the first that fails.
bool readAllegationCells(const CsvCells &cells, Allegation &a)
{
    const std::optional<AllegationSource> source = codeCell<AllegationSource>(cells.at(Source));
    const std::optional<AllegationKind> kind = codeCell<AllegationKind>(cells.at(Kind));
    if (!source || !kind)
        return false;
    a.source = *source;
    a.kind = *kind;
    a.ref = QString::fromUtf8(cells.at(Ref));
    setText(cells.at(Origin), &a.origin);
    if (!cells.at(OriginCountry).isEmpty() && !hasCountryShape(cells.at(OriginCountry)))
        return false;
    setText(cells.at(OriginCountry), &a.originCountry);
    if ((!cells.at(AssertedOn).isEmpty() && !readDateCell(cells.at(AssertedOn), &a.assertedOn))
        || (!cells.at(DisclosedOn).isEmpty() && !readDateCell(cells.at(DisclosedOn), &a.disclosedOn)))
        return false;
    setText(cells.at(DisclosureChannel), &a.disclosureChannel);
    if (!cells.at(Status).isEmpty() && !(a.status = codeCell<AllegationStatus>(cells.at(Status))))
        return false;
    setText(cells.at(Detail), &a.detail);
    return true;
}

// An event row's cells as readEvent() checks them; false at the first that fails, and for any
// evidence (its citations are read through the document).
bool readEventCells(const CsvCells &cells, CaseEvent &e)
{
    const std::optional<EventType> type = codeCell<EventType>(cells.at(Type));
    if (!type || !readDateCell(cells.at(Date), &e.date) || !cells.at(Evidence).isEmpty()
        || (!cells.at(DecidedBy).isEmpty() && !isDecidingBody(cells.at(DecidedBy))))
        return false;
    e.type = *type;
    e.ref = QString::fromUtf8(cells.at(Ref));
    setText(cells.at(Detail), &e.detail);
    setText(cells.at(DecidedBy), &e.decidedBy);
    const QByteArrayView relied = cells.at(ReliedOn);
    QByteArray scratch;
    for (qsizetype from = 0; !relied.isEmpty() && from <= relied.size();) {
        qsizetype end = relied.indexOf(';', from);
        if (end < 0)
            end = relied.size();
        if (const QByteArrayView part = trimmedCell(relied.sliced(from, end - from), scratch); !part.isEmpty())
            e.reliedOn << QString::fromUtf8(part);
        from = end + 1;
    }
    return true;
}

// The clients of a CSV file read directly, in the order their refs first appear. Nothing is
// allocated here only to be freed before the store writes (a key per client, a list grown record
// by record): the holes it left made SQLite's index sort a third slower. So the records of the
// client whose rows are being read wait in `allegations` and `events` and are moved into it in
// one piece when its rows end.
class DirectCsvClients
{
public:
    explicit DirectCsvClients(qsizetype expectedClients)
    {
        records.clients.reserve(expectedClients);
        m_index.reserve(expectedClients);
    }

    // The client a row's ref names, added when new; `given` receives its fields-given bits.
    Client &clientOf(QByteArrayView ref, std::uint8_t **given)
    {
        if (m_current < 0 || ref != m_currentRef) {
            flush();
            m_currentRef.resize(0);
            m_currentRef.append(ref);
            const QString text = QString::fromUtf8(ref);
            auto found = m_index.constFind(QStringView(text));
            if (found == m_index.cend()) {
                records.clients.emplace_back().ref = text;
                fieldsGiven.push_back(0);
                // Keyed by the client's own ref, which lives as long as the records.
                found = m_index.insert(QStringView(records.clients.constLast().ref), static_cast<int>(records.clients.size() - 1));
            }
            m_current = *found;
        }
        *given = &fieldsGiven[static_cast<std::size_t>(m_current)];
        return records.clients[m_current];
    }

    // The current client's waiting records moved into it.
    void flush()
    {
        if (m_current < 0)
            return;
        Client &client = records.clients[m_current];
        client.allegations.reserve(client.allegations.size() + static_cast<qsizetype>(allegations.size()));
        std::move(allegations.begin(), allegations.end(), std::back_inserter(client.allegations));
        client.events.reserve(client.events.size() + static_cast<qsizetype>(events.size()));
        std::move(events.begin(), events.end(), std::back_inserter(client.events));
        allegations.clear();
        events.clear();
    }

    CaseRecords records;
    // By client: which of kClientFields its rows have given, one bit each.
    std::vector<std::uint8_t> fieldsGiven;
    std::vector<Allegation> allegations;
    std::vector<CaseEvent> events;

private:
    QHash<QStringView, int> m_index;
    int m_current = -1;
    QByteArray m_currentRef;
};

} // namespace

std::optional<CaseRecords> CaseRecordsReader::readCsvDirectly(const QByteArray &csv)
{
    static_assert(std::size(kClientFields) <= 8);
    QList<int> fieldOfColumn;
    bool header = true;
    DirectCsvClients clients(csv.size() / 512); // a guess (a client's rows take a few hundred bytes) that spares rehashing
    QString parseError;
    const bool read = CsvTable::forEachRawRow(csv, &parseError, [&](CsvRawRow &row) {
        if (header) {
            header = false;
            return readCsvHeader(CsvTable::decoded(row), &fieldOfColumn);
        }
        const CsvCells cells(row, fieldOfColumn);
        if (cells.at(ClientRef).isEmpty())
            return false;
        std::uint8_t *given = nullptr;
        Client &client = clients.clientOf(cells.at(ClientRef), &given);
        if (!takeClientFields(cells, client, *given))
            return false;
        const std::optional<CsvRecord> record = recordOfRow(cells);
        if (!record)
            return false;
        if (*record == CsvRecord::Allegation)
            return readAllegationCells(cells, clients.allegations.emplace_back());
        if (*record == CsvRecord::Event)
            return readEventCells(cells, clients.events.emplace_back());
        return true;
    });
    if (!read || header)
        return std::nullopt;
    clients.flush();
    if (!directClientsPass(clients.records, clients.fieldsGiven))
        return std::nullopt;
    return std::move(clients.records);
}

bool CaseRecordsReader::directClientsPass(const CaseRecords &records, const std::vector<std::uint8_t> &fieldsGiven)
{
    for (qsizetype i = 0; i < records.clients.size(); ++i) {
        const Client &client = records.clients.at(i);
        if (!(fieldsGiven[static_cast<std::size_t>(i)] & 1u)) // the schema's required name (kClientFields[0])
            return false;
        if ((!client.country.isEmpty() && !isCountryCode(client.country)) || (!client.aNumber.isEmpty() && !isANumber(client.aNumber)))
            return false;
        const auto refOf = [](const auto &record) -> const QString & { return record.ref; };
        if (!refsAreUnique(client.allegations, refOf) || !refsAreUnique(client.events, refOf))
            return false;
        RefSet allegationRefs(client.allegations);
        for (const CaseEvent &e : client.events) {
            if (!std::all_of(e.reliedOn.cbegin(), e.reliedOn.cend(), [&](const QString &relied) { return allegationRefs.contains(relied); }))
                return false;
        }
        warnAboutDates(client, static_cast<int>(i));
        if (!m_warnings.isEmpty())
            return false; // said with the places readCsv() knows
    }
    return true;
}

} // namespace rebuttal
