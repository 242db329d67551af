#include "PageProblem.h"

#include <array>
#include <optional>

namespace rebuttal {

namespace {

struct KindCode
{
    PageProblem::Kind kind;
    const char *code;
    const char *phrase; // %1: the value
};

const std::array<KindCode, 8> kKinds = {{
    {PageProblem::Kind::NotRendered, "not_rendered", QT_TRANSLATE_NOOP("PageProblem", "the page could not be rendered")},
    {PageProblem::Kind::OutOfMemory, "out_of_memory",
     QT_TRANSLATE_NOOP("PageProblem", "the page needs more memory than a PDF reader may use (%1 MiB)")},
    {PageProblem::Kind::ReaderTimedOut, "reader_timeout", QT_TRANSLATE_NOOP("PageProblem", "the PDF reader took longer than %1 s on it")},
    {PageProblem::Kind::ReaderCrashed, "reader_crashed", QT_TRANSLATE_NOOP("PageProblem", "the PDF reader crashed on it (or ran out of memory)")},
    {PageProblem::Kind::ReaderGarbage, "reader_garbage", QT_TRANSLATE_NOOP("PageProblem", "the PDF reader sent garbage for it")},
    {PageProblem::Kind::NotDelivered, "not_delivered", QT_TRANSLATE_NOOP("PageProblem", "the PDF reader did not deliver it")},
    {PageProblem::Kind::AnnotationsUnreadable, "annotations_unreadable",
     QT_TRANSLATE_NOOP("PageProblem", "its Redact annotations could not be read (qpdf: %1)")},
    {PageProblem::Kind::ImplausibleImage, "implausible_image",
     QT_TRANSLATE_NOOP("PageProblem", "the page draws an image that claims %1 pixels from far too little data (a damaged or hostile file)")},
}};

struct Parsed
{
    const KindCode *kind;
    QString value;
};

// A code this version knows, with its value; nullopt for a sentence an earlier version stored.
std::optional<Parsed> parse(const QString &stored)
{
    const qsizetype colon = stored.indexOf(QLatin1Char(':'));
    const QString code = colon < 0 ? stored : stored.left(colon);
    for (const KindCode &kind : kKinds) {
        if (code == QLatin1String(kind.code))
            return Parsed{&kind, colon < 0 ? QString() : stored.mid(colon + 1)};
    }
    return std::nullopt;
}

QString withValue(const QString &phrase, const QString &value)
{
    return phrase.contains(QLatin1String("%1")) ? phrase.arg(value) : phrase;
}

} // namespace

QString PageProblem::stored(Kind kind, const QString &value)
{
    for (const KindCode &known : kKinds) {
        if (known.kind == kind)
            return value.isEmpty() ? QString::fromLatin1(known.code) : QString::fromLatin1(known.code) + QLatin1Char(':') + value;
    }
    Q_UNREACHABLE();
}

QString PageProblem::text(const QString &stored)
{
    const std::optional<Parsed> parsed = parse(stored);
    return parsed ? withValue(QCoreApplication::translate("PageProblem", parsed->kind->phrase), parsed->value) : stored;
}

QString PageProblem::english(const QString &stored)
{
    const std::optional<Parsed> parsed = parse(stored);
    return parsed ? withValue(QString::fromUtf8(parsed->kind->phrase), parsed->value) : stored;
}

bool PageProblem::wasAnalysed(const QString &stored)
{
    const std::optional<Parsed> parsed = parse(stored);
    return parsed && parsed->kind->kind == Kind::AnnotationsUnreadable;
}

} // namespace rebuttal
