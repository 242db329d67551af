// qpdf's side of core/pdf. qpdf's headers (JSON.hh) do not compile as C++20 with clang 14 and
// libstdc++ 12, so every use of qpdf lives in this file and PdfInfo.cpp, built as C++17.
#include "PdfObjects.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <set>
#include <string>
#include <vector>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFAnnotationObjectHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>

namespace rebuttal {

namespace {

// Maps a rectangle in PDF user space to fractions of the displayed page (origin top-left),
// honouring the page's /Rotate.
QRectF displayed(const QPDFObjectHandle::Rectangle &r, const QPDFObjectHandle::Rectangle &page, int rotate)
{
    const double w = page.urx - page.llx, h = page.ury - page.lly;
    if (w <= 0 || h <= 0)
        return {};
    auto map = [&](double x, double y) -> QPointF {
        switch (((rotate % 360) + 360) % 360) {
        case 90: return {(y - page.lly) / h, (x - page.llx) / w};
        case 180: return {(page.urx - x) / w, (y - page.lly) / h};
        case 270: return {(page.ury - y) / h, (page.urx - x) / w};
        default: return {(x - page.llx) / w, (page.ury - y) / h};
        }
    };
    return QRectF(map(r.llx, r.lly), map(r.urx, r.ury)).normalized();
}

// The resolution of the page's largest image, as drawn across the whole page: a scan fills its
// page, so its pixels over the page's inches are its dots per inch.
double largestImageDpi(QPDFPageObjectHelper &page, const QPDFObjectHandle::Rectangle &box)
{
    const double widthInches = (box.urx - box.llx) / 72.0, heightInches = (box.ury - box.lly) / 72.0;
    if (widthInches <= 0 || heightInches <= 0)
        return 0;
    double dpi = 0;
    long long largest = 0;
    for (auto &[name, image] : page.getImages()) {
        QPDFObjectHandle dictionary = image.getDict();
        QPDFObjectHandle width = dictionary.getKey("/Width"), height = dictionary.getKey("/Height");
        if (!width.isInteger() || !height.isInteger() || width.getIntValue() <= 0 || height.getIntValue() <= 0)
            continue;
        const long long w = width.getIntValue(), h = height.getIntValue();
        if (w * h <= largest)
            continue;
        largest = w * h;
        // Rotated scans swap the image's sides against the page's.
        const bool turned = (w > h) != (widthInches > heightInches);
        dpi = std::min((turned ? h : w) / widthInches, (turned ? w : h) / heightInches);
    }
    return dpi;
}

// An image that declares far more pixels than its data could hold ("100000 x 100000"), or empty.
// Poppler scales every declared row and column whatever the stream holds (it pads short data), so
// a 10-byte image declaring ten billion pixels kept a PDF reader busy until the page's time limit.
// A real image of a gigapixel or more brings its data along (Flate packs at most about 1,000 to
// one; even a blank page in JBIG2 or CCITT needs more than a byte for every four thousand pixels
// of this size), and such an image is drawn as ever.
QString implausibleImage(QPDFPageObjectHelper &page)
{
    constexpr double MinPixels = 1e9;
    constexpr double PixelsPerByte = 4096;
    for (auto &[name, image] : page.getImages()) {
        QPDFObjectHandle dictionary = image.getDict();
        QPDFObjectHandle width = dictionary.getKey("/Width"), height = dictionary.getKey("/Height");
        QPDFObjectHandle length = dictionary.getKey("/Length");
        if (!width.isInteger() || !height.isInteger() || !length.isInteger())
            continue;
        const double pixels = double(width.getIntValue()) * double(height.getIntValue()); // no overflow
        if (width.getIntValue() > 0 && height.getIntValue() > 0 && pixels >= MinPixels
            && pixels / PixelsPerByte > double(length.getIntValue()))
            return QStringLiteral("%1 x %2").arg(width.getIntValue()).arg(height.getIntValue());
    }
    return {};
}

// Where an image stream is and whether its samples are plain 8-bit grey or RGB, which qpdf decodes
// as they are (Flate, LZW, JPEG, ...) and which need no colour management: an ICC profile, a
// /Decode array, 1-bit or indexed samples are left to Poppler.
PdfImageStream imageStream(QPDFObjectHandle image)
{
    PdfImageStream stream;
    const QPDFObjGen where = image.getObjGen();
    stream.object = where.getObj();
    stream.generation = where.getGen();
    QPDFObjectHandle dictionary = image.getDict();
    QPDFObjectHandle width = dictionary.getKey("/Width"), height = dictionary.getKey("/Height");
    QPDFObjectHandle bits = dictionary.getKey("/BitsPerComponent"), space = dictionary.getKey("/ColorSpace");
    if (!width.isInteger() || !height.isInteger() || !bits.isInteger() || bits.getIntValue() != 8 || dictionary.hasKey("/Decode"))
        return stream;
    stream.width = int(std::clamp<long long>(width.getIntValue(), 0, 1 << 20));
    stream.height = int(std::clamp<long long>(height.getIntValue(), 0, 1 << 20));
    if (stream.object > 0 && space.isNameAndEquals("/DeviceGray"))
        stream.components = 1;
    else if (stream.object > 0 && space.isNameAndEquals("/DeviceRGB"))
        stream.components = 3;
    return stream;
}

// Follows a page's content to the one image it draws, when that is all it draws: q, Q and cm,
// one Do of an image (no mask, not a stencil), and operators that set state without painting.
// Anything else (text shown, paths, inline images, a second Do, a form) leaves the placement
// unknown. A number with a fraction does too: Poppler reads decimals digit by digit, not as
// strtod does, so only whole numbers are the same value in both.
class OnlyImageReader : public QPDFObjectHandle::ParserCallbacks
{
public:
    explicit OnlyImageReader(QPDFObjectHandle xobjects) : m_xobjects(xobjects) {}

    void handleObject(QPDFObjectHandle object) override
    {
        if (!m_ok)
            return;
        if (!object.isOperator()) {
            m_operands.push_back(object);
            return;
        }
        const std::string op = object.getOperatorValue();
        static const std::set<std::string> stateOnly{"BT", "ET", "Tf", "TL", "Tc", "Tw", "Tz", "Ts", "Td", "TD", "Tm",
                                                     "T*", "g", "G", "rg", "RG", "k", "K", "cs", "CS", "sc", "SC",
                                                     "scn", "SCN", "w", "J", "j", "M", "d", "ri", "i"};
        if (op == "q") {
            m_saved.push_back(m_matrices);
        } else if (op == "Q") {
            if (!m_saved.empty()) {
                m_matrices = m_saved.back();
                m_saved.pop_back();
            }
        } else if (op == "cm") {
            m_ok = m_operands.size() == 6;
            PdfMatrix m;
            double *values[] = {&m.a, &m.b, &m.c, &m.d, &m.e, &m.f};
            for (size_t i = 0; m_ok && i < 6; ++i) {
                m_ok = m_operands[i].isNumber() && std::floor(m_operands[i].getNumericValue()) == m_operands[i].getNumericValue();
                if (m_ok)
                    *values[i] = m_operands[i].getNumericValue();
            }
            m_matrices.push_back(m);
        } else if (op == "Do") {
            m_ok = !m_drawn && m_operands.size() == 1 && m_operands[0].isName() && isPlainImage(m_operands[0].getName());
            m_drawn = true;
            m_placement = m_matrices;
            if (m_ok)
                m_image = imageStream(m_xobjects.getKey(m_operands[0].getName()));
        } else if (!stateOnly.count(op)) {
            m_ok = false;
        }
        m_operands.clear();
    }
    void handleEOF() override {}

    bool found() const { return m_ok && m_drawn; }
    const std::vector<PdfMatrix> &placement() const { return m_placement; }
    PdfImageStream image() const { return m_image; }

private:
    bool isPlainImage(const std::string &name)
    {
        if (!m_xobjects.isDictionary() || !m_xobjects.hasKey(name))
            return false;
        QPDFObjectHandle image = m_xobjects.getKey(name);
        if (!image.isStream())
            return false;
        QPDFObjectHandle dictionary = image.getDict();
        QPDFObjectHandle stencil = dictionary.getKey("/ImageMask");
        return dictionary.getKey("/Subtype").isNameAndEquals("/Image") && !dictionary.hasKey("/SMask")
            && !dictionary.hasKey("/Mask") && !(stencil.isBool() && stencil.getBoolValue());
    }

    QPDFObjectHandle m_xobjects;
    std::vector<QPDFObjectHandle> m_operands;
    std::vector<PdfMatrix> m_matrices, m_placement;
    std::vector<std::vector<PdfMatrix>> m_saved;
    PdfImageStream m_image;
    bool m_ok = true, m_drawn = false;
};

// How the page draws its only image, when it draws nothing else and Poppler renders it from the
// box given (no /Rotate, no annotations, the crop box the media box, whole numbers).
OnlyImagePlacement onlyImagePlacement(QPDFPageObjectHelper &page, int rotate)
{
    OnlyImagePlacement placement;
    QPDFObjectHandle annotations = page.getObjectHandle().getKey("/Annots");
    if (rotate != 0 || (annotations.isArray() && annotations.getArrayNItems() > 0))
        return placement;
    const QPDFObjectHandle::Rectangle media = page.getMediaBox(false).getArrayAsRectangle();
    const QPDFObjectHandle::Rectangle crop = page.getCropBox(false, false).getArrayAsRectangle();
    auto whole = [](double v) { return std::floor(v) == v; };
    if (crop.llx != media.llx || crop.lly != media.lly || crop.urx != media.urx || crop.ury != media.ury
        || !whole(media.llx) || !whole(media.lly) || !whole(media.urx) || !whole(media.ury))
        return placement;
    QPDFObjectHandle resources = page.getAttribute("/Resources", false);
    OnlyImageReader reader(resources.isDictionary() ? resources.getKey("/XObject") : QPDFObjectHandle::newNull());
    page.parseContents(&reader);
    if (!reader.found())
        return placement;
    placement.known = true;
    for (const PdfMatrix &m : reader.placement())
        placement.matrices << m;
    placement.boxLeft = std::min(media.llx, media.urx);
    placement.boxTop = std::max(media.lly, media.ury);
    placement.image = reader.image();
    return placement;
}

// What qpdf says is wrong, without the file's path or byte offset: the page's problem is stored
// in the case file and shown, and a path may name a client.
QString problemOf(const std::exception &error, const QString &path)
{
    if (const auto *qpdfError = dynamic_cast<const QPDFExc *>(&error))
        return QString::fromStdString(qpdfError->getMessageDetail());
    QString message = QString::fromUtf8(error.what()); // e.g. a system error naming the file
    if (!path.isEmpty())
        message.replace(path, QFileInfo(path).fileName());
    return message;
}

// The page's unapplied Redact annotations and the resolution of its largest image.
PdfPageObjects readPage(QPDFPageObjectHelper page)
{
    PdfPageObjects objects;
    const QPDFObjectHandle::Rectangle box = page.getCropBox(false, false).getArrayAsRectangle();
    QPDFObjectHandle rotateObject = page.getAttribute("/Rotate", false);
    const int rotate = rotateObject.isInteger() ? int(rotateObject.getIntValue()) : 0;
    objects.imageDpi = largestImageDpi(page, box);
    objects.implausibleImage = implausibleImage(page);
    try {
        objects.onlyImage = onlyImagePlacement(page, rotate);
    } catch (const std::exception &) {
        objects.onlyImage = {}; // content qpdf cannot parse: Poppler renders the page as it can
    }
    for (QPDFAnnotationObjectHelper annotation : page.getAnnotations("/Redact")) {
        MarkedRedaction marked;
        marked.box = displayed(annotation.getRect(), box, rotate);
        QPDFObjectHandle overlay = annotation.getObjectHandle().getKey("/OverlayText");
        if (overlay.isString())
            marked.overlayText = QString::fromStdString(overlay.getUTF8Value());
        if (!marked.box.isEmpty())
            objects.marked << marked;
    }
    return objects;
}

// Opens the file at `path` when it is not empty, else `data`.
void openFile(QPDF &pdf, const QString &path, const QByteArray &data, const QByteArray &password)
{
    pdf.setSuppressWarnings(true);
    if (!path.isEmpty())
        pdf.processFile(QFile::encodeName(path).constData(), password.constData());
    else
        pdf.processMemoryFile("production", data.constData(), size_t(data.size()), password.constData());
}

} // namespace

QList<PdfPageObjects> readPdfPageObjects(const QString &path, const QByteArray &data, const QByteArray &password,
                                         int pageCount)
{
    QList<PdfPageObjects> objects(std::max(pageCount, 0));
    // qpdf reports problems with exceptions; none may cross into Qt code. A page qpdf rejects is
    // reported on that page; a file it rejects, on every page.
    try {
        QPDF pdf;
        openFile(pdf, path, data, password);
        const std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(pdf).getAllPages();
        for (size_t i = 0; i < pages.size() && int(i) < objects.size(); ++i) {
            PdfPageObjects &page = objects[qsizetype(i)];
            try {
                page = readPage(pages[i]);
            } catch (const std::exception &error) {
                page.problem = problemOf(error, path);
            }
        }
        // Poppler counted more pages than qpdf found: what the others hold is unknown.
        for (qsizetype i = qsizetype(pages.size()); i < objects.size(); ++i)
            objects[i].problem = QStringLiteral("qpdf does not find this page in the file");
    } catch (const std::exception &error) {
        for (PdfPageObjects &page : objects)
            page.problem = problemOf(error, path);
    }
    return objects;
}

struct PdfImageDecoder::Open
{
    QPDF pdf;
};

PdfImageDecoder::PdfImageDecoder(const QString &path, const QByteArray &data, const QByteArray &password)
    : m_path(path)
    , m_data(data)
    , m_password(password)
{
}

PdfImageDecoder::~PdfImageDecoder() = default;

QByteArray PdfImageDecoder::samples(const PdfImageStream &image)
{
    const qint64 expected = qint64(image.width) * image.height * image.components;
    if (m_failed || expected <= 0)
        return {};
    // qpdf reports problems with exceptions; none may cross into Qt code. The caller then draws
    // the page with Poppler, which reports the problem as it does for any page.
    if (!m_open) {
        try {
            m_open = std::make_unique<Open>();
            openFile(m_open->pdf, m_path, m_data, m_password);
        } catch (const std::exception &) {
            m_failed = true;
            return {};
        }
    }
    try {
        QPDFObjectHandle stream = m_open->pdf.getObjectByID(image.object, image.generation);
        if (!stream.isStream())
            return {};
        const std::shared_ptr<Buffer> decoded = stream.getStreamData(qpdf_dl_all);
        // More samples than the size says is a stream read otherwise than Poppler reads it (a
        // JPEG of more colours than its colour space): the page is drawn.
        if (!decoded || qint64(decoded->getSize()) != expected)
            return {};
        return QByteArray(reinterpret_cast<const char *>(decoded->getBuffer()), qsizetype(expected));
    } catch (const std::exception &) {
        return {};
    }
}

} // namespace rebuttal
