#include "PdfDocument.h"

#include <QFile>
#include <QLoggingCategory>

#include <algorithm>
#include <cmath>

#include <poppler-annotation.h>
#include <poppler-qt6.h>

Q_LOGGING_CATEGORY(lcPdf, "rebuttal.pdf")

namespace rebuttal {

namespace {

// Poppler's own complaints about broken files go to our logging category, not to stderr.
void popplerMessage(const QString &message, const QVariant &)
{
    qCDebug(lcPdf) << message;
}

bool looksLikePdf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    // The header may follow a little junk (the PDF spec allows it within the first 1024 bytes).
    return file.read(1024).contains("%PDF-");
}

} // namespace

PdfDocument::PdfDocument(std::unique_ptr<Poppler::Document> document)
    : m_document(std::move(document))
{
}

PdfDocument::~PdfDocument() = default;

std::unique_ptr<PdfDocument> PdfDocument::open(const QString &path, const QByteArray &password, Problem *problem)
{
    Poppler::setDebugErrorFunction(popplerMessage, QVariant());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = Problem::Unreadable;
        return nullptr;
    }
    file.close();
    if (!looksLikePdf(path)) {
        *problem = Problem::NotAPdf;
        return nullptr;
    }
    std::unique_ptr<PdfDocument> document = adopt(Poppler::Document::load(path, password, password), password, problem);
    if (document)
        document->m_path = path;
    return document;
}

std::unique_ptr<PdfDocument> PdfDocument::openData(const QByteArray &data, const QByteArray &password, Problem *problem)
{
    Poppler::setDebugErrorFunction(popplerMessage, QVariant());
    if (!data.left(1024).contains("%PDF-")) {
        *problem = Problem::NotAPdf;
        return nullptr;
    }
    std::unique_ptr<PdfDocument> document = adopt(Poppler::Document::loadFromData(data, password, password), password, problem);
    if (document)
        document->m_data = data;
    return document;
}

std::unique_ptr<PdfDocument> PdfDocument::adopt(std::unique_ptr<Poppler::Document> document, const QByteArray &password,
                                                Problem *problem)
{
    if (!document) {
        *problem = Problem::Damaged;
        return nullptr;
    }
    if (document->isLocked()) {
        *problem = password.isEmpty() ? Problem::NeedsPassword : Problem::WrongPassword;
        return nullptr;
    }
    if (document->numPages() < 1) {
        *problem = Problem::NoPages;
        return nullptr;
    }
    document->setRenderHint(Poppler::Document::Antialiasing, true);
    document->setRenderHint(Poppler::Document::TextAntialiasing, true);
    *problem = Problem::None;
    std::unique_ptr<PdfDocument> adopted(new PdfDocument(std::move(document)));
    adopted->m_password = password;
    return adopted;
}

int PdfDocument::pageCount() const
{
    return m_document->numPages();
}

QSizeF PdfDocument::pageSize(int index) const
{
    const std::unique_ptr<Poppler::Page> page = m_document->page(index);
    return page ? page->pageSizeF() : QSizeF();
}

QList<PdfWord> PdfDocument::words(int index) const
{
    QList<PdfWord> result;
    const std::unique_ptr<Poppler::Page> page = m_document->page(index);
    if (!page)
        return result;
    const QSizeF size = page->pageSizeF();
    if (size.isEmpty())
        return result;
    auto normalized = [&size](const QRectF &r) {
        return QRectF(r.x() / size.width(), r.y() / size.height(), r.width() / size.width(), r.height() / size.height());
    };
    for (const std::unique_ptr<Poppler::TextBox> &box : page->textList()) {
        PdfWord word;
        word.text = box->text();
        word.box = normalized(box->boundingBox());
        word.spaceAfter = box->hasSpaceAfter();
        for (int i = 0; i < word.text.size(); ++i)
            word.characters << normalized(box->charBoundingBox(i));
        result << word;
    }
    return result;
}

QList<PdfAnnotationBox> PdfDocument::annotationBoxes(int index) const
{
    QList<PdfAnnotationBox> result;
    const std::unique_ptr<Poppler::Page> page = m_document->page(index);
    if (!page)
        return result;
    for (const std::unique_ptr<Poppler::Annotation> &annotation : page->annotations({Poppler::Annotation::AGeom})) {
        const auto *geom = static_cast<const Poppler::GeomAnnotation *>(annotation.get());
        if (geom->geomType() != Poppler::GeomAnnotation::InscribedSquare)
            continue;
        result << PdfAnnotationBox{geom->boundary(), geom->geomInnerColor()};
    }
    return result;
}

double PdfDocument::cappedDpi(int index, double dpi, const QRectF &area, qint64 maxPixels) const
{
    const QSizeF points = pageSize(index);
    const double pixels = points.width() * area.width() * points.height() * area.height() * (dpi / 72.0) * (dpi / 72.0);
    maxPixels = std::min(maxPixels, MaxRenderPixels);
    if (!(pixels > maxPixels))
        return dpi;
    return std::max(0.01, dpi * std::sqrt(double(maxPixels) / pixels));
}

QImage PdfDocument::render(int index, double dpi) const
{
    const std::unique_ptr<Poppler::Page> page = m_document->page(index);
    if (!page)
        return {};
    dpi = cappedDpi(index, dpi);
    QImage image = page->renderToImage(dpi, dpi);
    return image.isNull() ? image : image.convertToFormat(QImage::Format_RGB32);
}

} // namespace rebuttal

namespace rebuttal {

QList<QRectF> PdfDocument::find(int index, const QString &term) const
{
    QList<QRectF> result;
    const std::unique_ptr<Poppler::Page> page = m_document->page(index);
    if (!page || term.isEmpty())
        return result;
    const QSizeF size = page->pageSizeF();
    for (const QRectF &r : page->search(term, Poppler::Page::IgnoreCase | Poppler::Page::IgnoreDiacritics))
        result << QRectF(r.x() / size.width(), r.y() / size.height(), r.width() / size.width(), r.height() / size.height());
    return result;
}

QImage PdfDocument::renderArea(int index, double dpi, const QRectF &area) const
{
    const std::unique_ptr<Poppler::Page> page = m_document->page(index);
    if (!page)
        return {};
    dpi = cappedDpi(index, dpi, area);
    const QSizeF size = page->pageSizeF() * (dpi / 72.0);
    const QRect pixels = QRectF(area.x() * size.width(), area.y() * size.height(), area.width() * size.width(),
                                area.height() * size.height())
                             .toAlignedRect()
                             .intersected(QRect(QPoint(0, 0), size.toSize()));
    if (pixels.isEmpty())
        return {};
    QImage image = page->renderToImage(dpi, dpi, pixels.x(), pixels.y(), pixels.width(), pixels.height());
    return image.isNull() ? image : image.convertToFormat(QImage::Format_RGB32);
}

void PdfDocument::readWithQpdf() const
{
    m_markedRead = true;
    m_objects = readPdfPageObjects(m_path, m_data, m_password, pageCount());
}

QList<MarkedRedaction> PdfDocument::markedRedactions(int index) const
{
    if (!m_markedRead)
        readWithQpdf();
    return m_objects.value(index).marked;
}

QString PdfDocument::markedRedactionsProblem(int index) const
{
    if (!m_markedRead)
        readWithQpdf();
    return m_objects.value(index).problem;
}

double PdfDocument::imageDpi(int index) const
{
    if (!m_markedRead)
        readWithQpdf();
    return m_objects.value(index).imageDpi;
}

} // namespace rebuttal
