#include "AgreementsReader.h"

#include "domain/AgreementJson.h"
#include "text/JsonSchema.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace rebuttal {

namespace {

const JsonSchema &schema()
{
    static const JsonSchema parsed(QStringLiteral(":/formats/agreements.schema.json"));
    return parsed;
}

QString quoted(const QJsonValue &value)
{
    return JsonSchema::quoted(value);
}

QString agreementName(const QJsonArray &agreements, int index)
{
    const QJsonValue ref = agreements.at(index).toObject().value(QLatin1String("ref"));
    return ref.isString() && !ref.toString().isEmpty() ? AgreementsReader::tr("agreement %1").arg(ref.toString())
                                                       : QStringLiteral("agreements[%1]").arg(index);
}

// Every date of an agreement with where it sits ("signed_on", "suspensions[0].from", "reviews[2]").
QList<QPair<QString, QJsonValue>> datesOf(const QJsonObject &o)
{
    QList<QPair<QString, QJsonValue>> dates;
    for (const char *key : {"signed_on", "commences_on", "ends_on"}) {
        if (o.contains(QLatin1String(key)))
            dates.append({QLatin1String(key), o.value(QLatin1String(key))});
    }
    const QJsonArray suspensions = o.value(QLatin1String("suspensions")).toArray();
    for (int i = 0; i < suspensions.size(); ++i) {
        for (const char *key : {"from", "to"}) {
            if (suspensions.at(i).toObject().contains(QLatin1String(key)))
                dates.append({QStringLiteral("suspensions[%1].%2").arg(i).arg(QLatin1String(key)),
                              suspensions.at(i).toObject().value(QLatin1String(key))});
        }
    }
    const QJsonArray reviews = o.value(QLatin1String("reviews")).toArray();
    for (int i = 0; i < reviews.size(); ++i)
        dates.append({QStringLiteral("reviews[%1]").arg(i), reviews.at(i)});
    return dates;
}

} // namespace

QByteArray AgreementsReader::schemaText()
{
    return schema().text();
}

bool AgreementsReader::fail(const QString &where, const QString &problem)
{
    m_error = where.isEmpty() ? tr("%1: %2").arg(m_fileName, problem) : tr("%1: %2: %3").arg(m_fileName, where, problem);
    return false;
}

std::optional<QList<Agreement>> AgreementsReader::readFile(const QString &path, const QList<Agreement> &stored)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_fileName = QFileInfo(path).fileName();
        fail({}, tr("cannot read the file (%1)").arg(file.errorString()));
        return std::nullopt;
    }
    return read(file.readAll(), QFileInfo(path).fileName(), stored);
}

std::optional<QList<Agreement>> AgreementsReader::read(const QByteArray &bytes, const QString &fileName,
                                                       const QList<Agreement> &stored)
{
    m_fileName = fileName;
    m_error.clear();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(tr("line %1").arg(bytes.left(parseError.offset).count('\n') + 1),
             tr("malformed JSON (%1)").arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!document.isObject()) {
        fail({}, tr("expected a JSON object with \"format\": \"rebuttal.agreements\""));
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (const std::optional<SchemaViolation> violation = schema().check(root)) {
        failSchema(root, *violation);
        return std::nullopt;
    }
    const QJsonArray array = root.value(QLatin1String("agreements")).toArray();
    QList<Agreement> agreements;
    for (int i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        for (const auto &[field, value] : datesOf(o)) {
            if (!PartialDate::fromString(value.toString()).isValid()) {
                fail(agreementName(array, i), tr("%1 %2 is not a real date (expected YYYY-MM-DD, YYYY-MM or YYYY)").arg(field, quoted(value)));
                return std::nullopt;
            }
        }
        agreements << AgreementJson::fromJson(o);
    }

    // The registry as it will be: the case file's, with the file's agreements replacing theirs.
    QList<Agreement> merged;
    QSet<QString> fileRefs;
    for (const Agreement &a : std::as_const(agreements))
        fileRefs.insert(a.ref);
    for (const Agreement &a : stored) {
        if (!fileRefs.contains(a.ref))
            merged << a;
    }
    const QString problem = ruleProblem(agreements + merged, &array);
    if (!problem.isEmpty()) {
        fail({}, problem);
        return std::nullopt;
    }
    return agreements;
}

QString AgreementsReader::ruleProblem(const QList<Agreement> &agreements, const QJsonArray *source)
{
    // `source`: the file's agreements come first in `agreements`, and messages name their place.
    const int fromFile = source ? static_cast<int>(source->size()) : static_cast<int>(agreements.size());
    auto name = [&](int i) {
        return source && i < fromFile ? agreementName(*source, i) : tr("agreement %1").arg(agreements.at(i).ref);
    };
    QHash<QString, int> indexOf;
    for (int i = 0; i < agreements.size(); ++i) {
        const Agreement &a = agreements.at(i);
        if (indexOf.contains(a.ref) && i < fromFile)
            return tr("%1: ref \"%2\" is used by another agreement of this file").arg(name(i), a.ref);
        indexOf.insert(a.ref, i);
    }
    for (int i = 0; i < fromFile; ++i) {
        const Agreement &a = agreements.at(i);
        if (a.parent && !indexOf.contains(*a.parent))
            return tr("%1: parent \"%2\" names no agreement of the file or the case file").arg(name(i), *a.parent);
    }
    // A cycle through any agreement: walk each chain and stop at the first ref seen twice.
    for (int i = 0; i < agreements.size(); ++i) {
        QSet<QString> seen{agreements.at(i).ref};
        std::optional<QString> parent = agreements.at(i).parent;
        while (parent && indexOf.contains(*parent)) {
            if (seen.contains(*parent))
                return tr("%1: parent \"%2\" makes a cycle (an agreement cannot implement itself, even through others)")
                    .arg(name(i), *agreements.at(i).parent);
            seen.insert(*parent);
            parent = agreements.at(indexOf.value(*parent)).parent;
        }
    }
    return {};
}

bool AgreementsReader::failSchema(const QJsonObject &root, const SchemaViolation &violation)
{
    const QStringList &path = violation.path;
    QString where;
    int fieldFrom = 0;
    if (path.size() >= 2 && path.at(0) == QLatin1String("agreements")) {
        where = agreementName(root.value(QLatin1String("agreements")).toArray(), path.at(1).toInt());
        fieldFrom = 2;
    }
    const QJsonValue value = JsonSchema::valueAt(root, path);
    const QString field = JsonSchema::fieldName(path, fieldFrom);
    const QString description = violation.description;
    const int quote = static_cast<int>(description.indexOf(QLatin1String("required property '")));
    if (quote >= 0) {
        const QString missing = description.mid(quote + 19).section(QLatin1Char('\''), 0, 0);
        return fail(where, tr("%1 is missing").arg(field.isEmpty() ? missing : field + QLatin1Char('.') + missing));
    }
    if (path == QStringList{QStringLiteral("format")})
        return fail(QStringLiteral("format"), tr("expected \"rebuttal.agreements\", found %1").arg(quoted(value)));
    if (path == QStringList{QStringLiteral("version")})
        return fail(QStringLiteral("version"), tr("this version of Rebuttal reads version 1, found %1").arg(quoted(value)));
    if (path.isEmpty())
        return fail({}, tr("not a rebuttal.agreements document (%1)").arg(description));
    return fail(where, tr("%1 %2 does not fit the rebuttal.agreements schema (%3)")
                           .arg(field.isEmpty() ? path.join(QLatin1Char('.')) : field, quoted(value), description));
}

} // namespace rebuttal
