// Why a page was not analysed (or, for its annotations, not wholly), kept in the case file as a code and its value ("reader_timeout:30")
// so that each reader sees the reason in their own language; reasons stored as English sentences by
// earlier versions are shown as written.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace rebuttal {

class PageProblem
{
public:
    enum class Kind {
        NotRendered,   // Poppler drew nothing
        OutOfMemory,   // value: the worker's limit in MiB
        ReaderTimedOut, // value: the per-page limit in seconds
        ReaderCrashed,
        ReaderGarbage, // the worker's answer could not be read
        NotDelivered,  // the workers ended without it
        AnnotationsUnreadable, // value: qpdf's message; the page's own boxes are kept
        ImplausibleImage, // value: the image's declared size ("100000 x 100000"); the page is not drawn
    };

    // What ProductionPage::problem holds for `kind`.
    static QString stored(Kind kind, const QString &value = {});
    // The reason as a phrase ("the PDF reader took longer than 30 s on it"), in the interface's
    // language or in English.
    static QString text(const QString &stored);
    static QString english(const QString &stored);
    // Whether a page with this problem was analysed all the same: only its Redact annotations could
    // not be read, and the boxes found on the page itself were kept.
    static bool wasAnalysed(const QString &stored);
};

} // namespace rebuttal
