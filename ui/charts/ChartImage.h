// Writes a chart to a PNG or SVG file at a given size, without showing it (offscreen works).
#pragma once

#include <QCoreApplication>
#include <QSize>
#include <QString>

#include <optional>

class QChart;

namespace rebuttal {

class ChartImage
{
    Q_DECLARE_TR_FUNCTIONS(ChartImage)

public:
    enum class Format { Png, Svg };
    // Large enough for a slide or a printed page; PNG pixels, SVG user units.
    static constexpr QSize DefaultSize{1400, 800};

    // From the file's suffix; nullopt for anything but .png and .svg.
    static std::optional<Format> formatOf(const QString &path);

    // Takes ownership of `chart`. Through QSaveFile: a failure leaves no half file and keeps
    // what was there. False with `error` set when the file cannot be written. A `caption` (what
    // the figures cover: filters, date) is printed under the chart, so the image says it alone.
    static bool write(QChart *chart, const QString &path, QSize size, QString *error, const QString &caption = {});
    // The chart as a white-backed image, e.g. for checks and the clipboard.
    static QImage render(QChart *chart, QSize size, const QString &caption = {});
};

} // namespace rebuttal
