#include "ChartImage.h"
#include "text/AtomicFile.h"

#include <QBuffer>
#include <QChart>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

#include <memory>

namespace rebuttal {

namespace {

// A scene of the chart's own, laid out at `size`; the scene owns the chart.
std::unique_ptr<QGraphicsScene> sceneFor(QChart *chart, QSize size)
{
    auto scene = std::make_unique<QGraphicsScene>();
    scene->addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
    scene->setSceneRect(chart->geometry());
    if (chart->layout())
        chart->layout()->activate();
    // Axes and series lay themselves out on posted events.
    QCoreApplication::processEvents();
    return scene;
}

// The band under the chart that holds the caption: a line of small text, with room to wrap once.
int captionHeight(const QString &caption)
{
    return caption.isEmpty() ? 0 : 2 * QFontMetrics(QFont()).lineSpacing() + 16;
}

// The chart fills `size` but for the caption's band at the bottom.
void paint(QGraphicsScene &scene, QPainter &painter, QSize size, const QString &caption)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(QRectF(QPointF(0, 0), QSizeF(size)), Qt::white);
    const QRectF chart = scene.sceneRect();
    scene.render(&painter, chart, chart);
    if (caption.isEmpty())
        return;
    painter.setPen(QColor(0x50, 0x50, 0x50));
    painter.setFont(QFont());
    const QRectF band(24, chart.bottom(), size.width() - 48, size.height() - chart.bottom() - 8);
    painter.drawText(band, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, caption);
}

} // namespace

std::optional<ChartImage::Format> ChartImage::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    return std::nullopt;
}

QImage ChartImage::render(QChart *chart, QSize size, const QString &caption)
{
    const std::unique_ptr<QGraphicsScene> scene = sceneFor(chart, size - QSize(0, captionHeight(caption)));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(*scene, painter, size, caption);
    return image;
}

bool ChartImage::write(QChart *chart, const QString &path, QSize size, QString *error, const QString &caption)
{
    const std::optional<Format> format = formatOf(path);
    if (!format) {
        delete chart;
        *error = tr("only .png and .svg files can be written");
        return false;
    }
    QByteArray bytes;
    if (*format == Format::Png) {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        render(chart, size, caption).save(&buffer, "PNG");
    } else {
        const std::unique_ptr<QGraphicsScene> scene = sceneFor(chart, size - QSize(0, captionHeight(caption)));
        QBuffer buffer(&bytes);
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(chart->title());
        generator.setDescription(tr("A chart made by Rebuttal"));
        QPainter painter(&generator);
        paint(*scene, painter, size, caption);
        painter.end();
    }
    if (bytes.isEmpty()) {
        *error = tr("the chart could not be drawn");
        return false;
    }
    return AtomicFile::write(path, bytes, error);
}

} // namespace rebuttal
