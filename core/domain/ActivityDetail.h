// An activity-log sentence kept as its untranslated template and its values, so that each reader
// sees it in their own language ("Imported production %1 ..." for one, "Producción %1 importada
// ..." for another) and the CLI's `log --json` keeps the English sentence.
#pragma once

#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace rebuttal {

class ActivityDetail
{
public:
    // `source` is marked with QT_TRANSLATE_NOOP("ActivityLog", ...) (QT_TRANSLATE_N_NOOP with
    // `n` >= 0 for a plural), so lupdate collects it for translation.
    explicit ActivityDetail(const char *source, int n = -1);
    // A text translated in another context than the log's: a chart's title, as the chart names it
    // (marked with QT_TR_NOOP in that class). Used as a nested value.
    static ActivityDetail inContext(const char *context, const char *source);

    // Values for %1, %2, ... in order. A nested detail is itself translated when shown.
    ActivityDetail &arg(const QString &value);
    ActivityDetail &arg(qint64 value);
    ActivityDetail &arg(const ActivityDetail &nested);

    // What the log stores in its detail column: JSON with the template and the values.
    QString toStored() const;
    // Reads what toStored() wrote; nullopt for a plain sentence (entries written before).
    static std::optional<ActivityDetail> fromStored(const QString &stored);

    // The sentence in the interface's language (the installed translators).
    QString text() const;
    // The sentence in English, whatever language the interface speaks.
    QString englishText() const;

    // A stored detail as a sentence: translated, or as written when it is plain text.
    static QString display(const QString &stored);
    static QString english(const QString &stored);

private:
    enum class Language { Interface, English };
    ActivityDetail() = default;
    QString render(Language language) const;

    QString m_context; // empty: "ActivityLog"
    QString m_source;
    int m_n = -1;
    QList<QVariant> m_args; // QString, or QVariantMap: a nested detail in stored form
};

} // namespace rebuttal
