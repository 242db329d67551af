// The messages between an import (or a WorkerClient) and its PDF worker processes: length-prefixed
// QDataStream frames on the worker's stdout (WorkerProcess starts the workers and reads them). The
// worker parses untrusted PDFs so that a crash or a hang in Poppler or Tesseract takes down only the
// worker, never the app or the store.
#pragma once

#include "domain/ProductionPage.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QIODevice>

#include <optional>

namespace rebuttal {

struct WorkerMessage
{
    enum class Kind : qint32 {
        Opened = 1,   // `pageCount` pages; or `problem` (a PdfDocument::Problem) when it could not open
        Starting = 2, // about to analyse page `pageIndex` (the watchdog's heartbeat)
        Page = 3,     // `page` is the analysis
        Finished = 4, // the worker's input ended and every page it was asked for is done
        Rendered = 5, // serve mode: `image` of page `pageIndex` for request `requestId` (null: it could not be drawn)
        Found = 6,    // serve mode: `areas` (page fractions) where the asked term occurs on page `pageIndex`
    };

    Kind kind = Kind::Finished;
    qint32 pageCount = 0;
    qint32 problem = 0;
    qint32 pageIndex = -1;
    ProductionPage page;
    qint64 requestId = 0;
    QImage image;
    QList<QRectF> areas;

    // Serve mode's side of the conversation (rebuttal-pdf-worker --serve): what opens it (the
    // password line, the size line, then the PDF itself, not copied) and the two requests.
    static QByteArrayList serveOpening(const QByteArray &pdf, const QByteArray &password);
    static QByteArray renderRequest(int pageIndex, int width, qint64 requestId);
    static QByteArray findRequest(int pageIndex, const QString &term, qint64 requestId);
    // An analysis worker's side: what opens it (the password line; when the PDF comes through the
    // pipe, source "-", the size line and the PDF), then one page to analyse per request, until its
    // input ends. Pages are asked for one or two ahead, so that a worker that is given a slow page
    // does not hold the pages after it: the other workers take them.
    static QByteArrayList analysisOpening(const QString &source, const QByteArray &pdf, const QByteArray &password);
    static QByteArray analyseRequest(int pageIndex);
    // The page index of an analyse request line; nullopt for anything else.
    static std::optional<int> analysedPage(const QByteArray &line);

    QByteArray toFrame() const;
    // Takes one whole frame off the front of `buffer`; nullopt while it is incomplete.
    // A malformed frame yields a message of kind Finished with problem -1.
    static std::optional<WorkerMessage> takeFrame(QByteArray &buffer);
};

} // namespace rebuttal
