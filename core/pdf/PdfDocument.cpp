#include "PdfDocument.h"

#include <QFile>
#include <QLoggingCategory>

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

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

namespace {

// Where Splash (Poppler's renderer) puts the pixels of a page's only image in a render at `dpi`
// of the page box whose left edge is `left` and top edge `top` (points): the span [x0, x1) x
// [y0, y1) of device pixels its scaled copy covers. Splash scales the whole image to that span and
// copies the part inside the render, so two renders hold the same pixels at a place when their
// spans are the same place on the page. The arithmetic is Poppler's own, step for step
// (GfxState's page matrix, concatCTM for each cm, SplashOutputDev::drawImage's matrix, Splash::
// drawImage's rounding): a render of an area moves the box by a fraction of a point, and that
// fraction's rounding can shift or widen the span by a pixel. Only an upright image (scaled, not
// turned or flipped, as a scan is drawn) is worked out; false otherwise.
bool imageSpan(const OnlyImagePlacement &placement, double dpi, double left, double top, QRect *span)
{
    const double kx = dpi / 72.0, ky = dpi / 72.0;
    double ctm[6] = {kx, 0, 0, -ky, -kx * left, ky * top}; // GfxState, upside down (Splash)
    for (const PdfMatrix &m : placement.matrices) {
        const double a1 = ctm[0], b1 = ctm[1], c1 = ctm[2], d1 = ctm[3];
        ctm[0] = m.a * a1 + m.b * c1;
        ctm[1] = m.a * b1 + m.b * d1;
        ctm[2] = m.c * a1 + m.d * c1;
        ctm[3] = m.c * b1 + m.d * d1;
        ctm[4] = m.e * a1 + m.f * c1 + ctm[4];
        ctm[5] = m.e * b1 + m.f * d1 + ctm[5];
    }
    const double mat[6] = {ctm[0], ctm[1], -ctm[2], -ctm[3], ctm[2] + ctm[4], ctm[3] + ctm[5]};
    if (!(mat[0] > 0 && mat[1] == 0 && mat[2] == 0 && mat[3] > 0))
        return false;
    int x0 = int(std::floor(mat[4])), y0 = int(std::floor(mat[5]));
    int x1 = int(std::floor(mat[0] + mat[4])) + 1, y1 = int(std::floor(mat[3] + mat[5])) + 1;
    if (x0 == x1)
        ++x1;
    if (y0 == y1)
        ++y1;
    *span = QRect(QPoint(x0, y0), QPoint(x1 - 1, y1 - 1));
    return true;
}

// Where the image's pixels go, on the page, in a render at `dpi` of the page's area from `origin`
// on (a render of an area is one of the page box moved to the area's corner: Page::makeBox).
bool imageSpanFrom(const OnlyImagePlacement &placement, double dpi, QPoint origin, QRect *span)
{
    const double kx = 72.0 / dpi, ky = 72.0 / dpi;
    if (!imageSpan(placement, dpi, placement.boxLeft + kx * origin.x(), placement.boxTop - ky * origin.y(), span))
        return false;
    span->translate(origin);
    return true;
}

// The first origin at or before `corner` (each axis on its own: a render's left edge decides the
// image's columns, its top edge the rows) whose render places the image over `span`.
std::optional<QPoint> originFor(const OnlyImagePlacement &placement, double dpi, QPoint corner, const QRect &span)
{
    constexpr int kTries = 64;
    std::optional<int> x, y;
    for (int i = 0; i < kTries && i <= corner.x() && !x; ++i) {
        QRect at;
        if (imageSpanFrom(placement, dpi, QPoint(i, corner.y()), &at) && at.left() == span.left() && at.right() == span.right())
            x = i;
    }
    for (int i = 0; i < kTries && i <= corner.y() && !y; ++i) {
        QRect at;
        if (imageSpanFrom(placement, dpi, QPoint(corner.x(), i), &at) && at.top() == span.top() && at.bottom() == span.bottom())
            y = i;
    }
    if (!x || !y)
        return std::nullopt;
    return QPoint(*x, *y);
}

// A row of grey samples widened to `scaled` pixels as Splash's expandRow does it for bilinear
// scaling: each pixel a blend of two neighbours (the last repeated), the step summed pixel by
// pixel as Splash sums it (the sum's rounding decides a pixel's blend), the level truncated.
void expandRowAsSplash(const uchar *row, int width, int scaled, std::vector<uchar> &padded, uchar *out)
{
    padded.assign(row, row + width);
    padded.push_back(row[width - 1]);
    const double step = double(width) / scaled;
    double at = 0;
    for (int x = 0; x < scaled; ++x) {
        double whole;
        const double fraction = std::modf(at, &whole);
        const auto p = size_t(whole);
        out[x] = uchar(padded[p] * (1.0 - fraction) + padded[p + 1] * fraction);
        at += step;
    }
}

// A grey image drawn over `span` of a render of `size` as Splash draws it (scaleImageYuXuBilinear:
// rows widened by expandRow, then blended between neighbouring rows), for an image at most as
// large as its span: the render's very pixels, not an approximation of them, so that what is read
// from a scan does not depend on which way it was made.
QImage drawnAsSplash(const QImage &image, const QRect &span, QSize size)
{
    const int width = image.width(), height = image.height();
    QImage render(size, QImage::Format_Grayscale8);
    std::vector<uchar> above(size_t(span.width())), below(size_t(span.width())), padded;
    expandRowAsSplash(image.constScanLine(0), width, span.width(), padded, below.data());
    const double step = double(height) / span.height();
    const int firstX = std::max(0, -span.left()), endX = std::min(span.width(), size.width() - span.left());
    int current = -1;
    double at = 0;
    for (int y = 0; y < span.height() && y + span.top() < size.height(); ++y, at += step) {
        double whole;
        const double fraction = std::modf(at, &whole);
        if (int(whole) > current) {
            ++current;
            above.swap(below);
            if (current < height - 1)
                expandRowAsSplash(image.constScanLine(current + 1), width, span.width(), padded, below.data());
            else
                below = above;
        }
        if (y + span.top() < 0)
            continue;
        uchar *out = render.scanLine(y + span.top()) + span.left();
        for (int x = firstX; x < endX; ++x)
            out[x] = uchar(above[size_t(x)] * (1.0 - fraction) + below[size_t(x)] * fraction);
    }
    return render;
}

} // namespace

// The page's only image as a render at `dpi` shows it, from its samples as qpdf decodes them, when
// the render is the image drawn over all of it at its own size or a pixel larger (Poppler's span
// reaches a pixel past the page, see imageSpan): grey samples only; null otherwise.
QImage PdfDocument::decodedOnlyImage(int index, double dpi) const
{
    if (!m_markedRead)
        readWithQpdf();
    const OnlyImagePlacement placement = m_objects.value(index).onlyImage;
    const PdfImageStream &stream = placement.image;
    QRect span;
    if (!placement.known || stream.components != 1 || cappedDpi(index, dpi) != dpi
        || !imageSpan(placement, dpi, placement.boxLeft, placement.boxTop, &span))
        return {};
    // The size SplashOutputDev gives a render: the page's size at `dpi`, rounded.
    const QSizeF points = pageSize(index) * (dpi / 72.0);
    const QSize rendered(int(points.width() + 0.5), int(points.height() + 0.5));
    auto stretch = [](int image, int drawn) { return drawn == image || drawn == image + 1; };
    if (rendered != QSize(stream.width, stream.height) || span.left() > 0 || span.top() > 0 || span.right() < rendered.width() - 1
        || span.bottom() < rendered.height() - 1 || !stretch(stream.width, span.width()) || !stretch(stream.height, span.height()))
        return {};
    if (!m_decoder)
        m_decoder = std::make_unique<PdfImageDecoder>(m_path, m_data, m_password);
    const QByteArray samples = m_decoder->samples(stream);
    if (samples.isEmpty())
        return {};
    // Wrapped without a copy: drawnAsSplash writes an image of its own.
    const QImage image(reinterpret_cast<const uchar *>(samples.constData()), stream.width, stream.height, stream.width,
                       QImage::Format_Grayscale8);
    ++m_imagesDecoded;
    return drawnAsSplash(image, span, rendered);
}

QImage PdfDocument::renderGray(int index, double dpi) const
{
    if (QImage decoded = decodedOnlyImage(index, dpi); !decoded.isNull())
        return decoded;
    return render(index, dpi).convertToFormat(QImage::Format_Grayscale8);
}

// Cuts `pixels` from a render of the page at `dpi` that holds the very pixels a render of the area
// alone would: one whose image lies where the area's would (the same span). Such renders are made
// on first need, from an origin near the page's corner, and kept for the page's next areas (at most
// three: two spans per axis, and rarely a third); null when the page is no lone image.
QImage PdfDocument::cutFromPageRender(int index, double dpi, const QRect &pixels) const
{
    constexpr int kKept = 3;
    if (!m_reusesPageRenders)
        return {};
    if (!m_markedRead)
        readWithQpdf();
    const OnlyImagePlacement placement = m_objects.value(index).onlyImage;
    QRect span;
    if (!placement.known || cappedDpi(index, dpi) != dpi || !imageSpanFrom(placement, dpi, pixels.topLeft(), &span))
        return {};
    if (m_rendersIndex != index || m_rendersDpi != dpi) {
        m_renders.clear();
        m_rendersIndex = index;
        m_rendersDpi = dpi;
    }
    auto covers = [&](const AreaSource &source) {
        return source.span == span && QRect(source.origin, source.pixels.size()).contains(pixels);
    };
    auto found = std::find_if(m_renders.cbegin(), m_renders.cend(), covers);
    if (found == m_renders.cend()) {
        const std::optional<QPoint> origin = originFor(placement, dpi, pixels.topLeft(), span);
        const std::unique_ptr<Poppler::Page> page = origin ? m_document->page(index) : nullptr;
        if (!page)
            return {};
        const QSize size = (page->pageSizeF() * (dpi / 72.0)).toSize();
        AreaSource source{*origin, span, page->renderToImage(dpi, dpi, origin->x(), origin->y(), size.width() - origin->x(),
                                                             size.height() - origin->y())};
        if (source.pixels.isNull())
            return {};
        source.pixels = source.pixels.convertToFormat(source.pixels.allGray() ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
        if (m_renders.size() >= kKept)
            m_renders.removeFirst();
        m_renders << source;
        if (!covers(m_renders.last()))
            return {};
        found = m_renders.cend() - 1;
    }
    ++m_areasCut;
    return found->pixels.copy(pixels.translated(-found->origin)).convertToFormat(QImage::Format_RGB32);
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
    if (QImage cut = cutFromPageRender(index, dpi, pixels); !cut.isNull())
        return cut;
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

QString PdfDocument::implausibleImage(int index) const
{
    if (!m_markedRead)
        readWithQpdf();
    return m_objects.value(index).implausibleImage;
}

double PdfDocument::imageDpi(int index) const
{
    if (!m_markedRead)
        readWithQpdf();
    return m_objects.value(index).imageDpi;
}

} // namespace rebuttal
