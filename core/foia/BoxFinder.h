// Finds filled rectangles (black or gray redaction boxes) in a rendered page, from its pixels:
// boxes may be vector fills, parts of a scanned image or annotations, so only the render knows.
#pragma once

#include <QImage>
#include <QList>
#include <QRect>

namespace rebuttal {

struct FilledBox
{
    QRect pixels;   // in the image
    int gray = 0;   // the fill's typical grey level (0 black .. 255 white)
    // Marks cover most of the fill: at detection resolution this may be a box crowded by its
    // label or a clump of bold letters; a closer render tells.
    bool crowded = false;
    // A coloured fill: a redaction only when it carries an exemption label (banners, logos and
    // maps are coloured too).
    bool coloured = false;
    // A patterned fill (cross-hatched): its pattern is not a mark printed on it.
    bool patterned = false;
    // Only an outline (light inside): a redaction only when its label is printed inside.
    bool outlined = false;
};

class BoxFinder
{
public:
    // `dpi` scales the minimum sizes (a box must be able to cover a word).
    static QList<FilledBox> find(const QImage &page, double dpi);
};

} // namespace rebuttal
