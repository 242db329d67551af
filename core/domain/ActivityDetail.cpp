#include "ActivityDetail.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTranslator>

#include <memory>
#include <mutex>

namespace rebuttal {

namespace {

constexpr char kContext[] = "ActivityLog";
const QString kContextKey = QStringLiteral("context");
const QString kSourceKey = QStringLiteral("sentence");
const QString kPluralKey = QStringLiteral("n");
const QString kArgsKey = QStringLiteral("args");

// English with its plural forms ("1 client", "2 clients"): the app's English catalogue when it is
// linked in (rebuttal_ui), else none, and the template is used as written.
const QTranslator *englishCatalogue()
{
    static std::unique_ptr<QTranslator> english;
    static std::once_flag once;
    std::call_once(once, [] {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(QStringLiteral(":/i18n/rebuttal_en.qm")))
            english = std::move(translator);
    });
    return english.get();
}

QJsonObject toJson(const QString &context, const QString &source, int n, const QList<QVariant> &args)
{
    QJsonObject object{{kSourceKey, source}};
    if (!context.isEmpty())
        object.insert(kContextKey, context);
    if (n >= 0)
        object.insert(kPluralKey, n);
    if (!args.isEmpty())
        object.insert(kArgsKey, QJsonArray::fromVariantList(args));
    return object;
}

} // namespace

ActivityDetail::ActivityDetail(const char *source, int n)
    : m_source(QString::fromUtf8(source))
    , m_n(n)
{
}

ActivityDetail ActivityDetail::inContext(const char *context, const char *source)
{
    ActivityDetail detail(source);
    detail.m_context = QString::fromUtf8(context);
    return detail;
}

ActivityDetail &ActivityDetail::arg(const QString &value)
{
    m_args << value;
    return *this;
}

ActivityDetail &ActivityDetail::arg(qint64 value)
{
    m_args << QString::number(value);
    return *this;
}

ActivityDetail &ActivityDetail::arg(const ActivityDetail &nested)
{
    m_args << toJson(nested.m_context, nested.m_source, nested.m_n, nested.m_args).toVariantMap();
    return *this;
}

QString ActivityDetail::toStored() const
{
    return QString::fromUtf8(QJsonDocument(toJson(m_context, m_source, m_n, m_args)).toJson(QJsonDocument::Compact));
}

std::optional<ActivityDetail> ActivityDetail::fromStored(const QString &stored)
{
    if (!stored.startsWith(QLatin1Char('{')))
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(stored.toUtf8());
    const QJsonObject object = document.object();
    if (!document.isObject() || !object.value(kSourceKey).isString())
        return std::nullopt;
    ActivityDetail detail;
    detail.m_context = object.value(kContextKey).toString();
    detail.m_source = object.value(kSourceKey).toString();
    detail.m_n = object.value(kPluralKey).toInt(-1);
    detail.m_args = object.value(kArgsKey).toArray().toVariantList();
    return detail;
}

QString ActivityDetail::render(Language language) const
{
    const QByteArray source = m_source.toUtf8();
    const QByteArray context = m_context.isEmpty() ? QByteArray(kContext) : m_context.toUtf8();
    QString sentence;
    if (language == Language::Interface) {
        sentence = QCoreApplication::translate(context.constData(), source.constData(), nullptr, m_n);
    } else if (const QTranslator *english = englishCatalogue()) {
        sentence = english->translate(context.constData(), source.constData(), nullptr, m_n);
    }
    if (sentence.isEmpty())
        sentence = m_source;
    if (m_n >= 0)
        sentence.replace(QStringLiteral("%n"), QString::number(m_n));
    QStringList values;
    for (const QVariant &value : m_args) {
        if (value.typeId() == QMetaType::QVariantMap) {
            const QJsonObject object = QJsonObject::fromVariantMap(value.toMap());
            const std::optional<ActivityDetail> inner = fromStored(QString::fromUtf8(QJsonDocument(object).toJson()));
            values << (inner ? inner->render(language) : QString());
        } else {
            values << value.toString();
        }
    }
    // Markers first, values after: a value that holds "%2" (a file name) is never substituted.
    for (qsizetype i = values.size(); i >= 1; --i)
        sentence.replace(QLatin1Char('%') + QString::number(i), QChar(0x1F) + QString::number(i - 1) + QChar(0x1F));
    QStringList parts = sentence.split(QChar(0x1F));
    for (qsizetype i = 1; i < parts.size(); i += 2)
        parts[i] = values.value(parts.at(i).toInt());
    return parts.join(QString());
}

QString ActivityDetail::text() const
{
    return render(Language::Interface);
}

QString ActivityDetail::englishText() const
{
    return render(Language::English);
}

QString ActivityDetail::display(const QString &stored)
{
    const std::optional<ActivityDetail> detail = fromStored(stored);
    return detail ? detail->text() : stored;
}

QString ActivityDetail::english(const QString &stored)
{
    const std::optional<ActivityDetail> detail = fromStored(stored);
    return detail ? detail->englishText() : stored;
}

} // namespace rebuttal
