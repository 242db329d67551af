// The page view in a scroll area with a zoom: fit to width, fit the whole page, or a scale set
// with Zoom In / Zoom Out (Ctrl+wheel); what the user looks at (the selected box, the current
// search hit) is kept in view as the page is zoomed or the hit moves.
#pragma once

#include <QScrollArea>

namespace rebuttal {

class PageRenderer;
class PageView;

class PageScrollArea : public QScrollArea
{
    Q_OBJECT

public:
    enum class Fit { Width, Page, None };

    explicit PageScrollArea(PageRenderer *renderer, QWidget *parent = nullptr);

    PageView *view() const { return m_view; }
    Fit fit() const { return m_fit; }
    void setFit(Fit fit);
    // Screen pixels per point of the page, as shown now (whatever the fit).
    double scale() const;
    void zoomIn();
    void zoomOut();
    // Scrolls so that the view's focus area (selected box, current hit) is on screen.
    void showFocusArea();

    Q_SIGNAL void zoomChanged();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void relayout();
    void zoomTo(double scale);

    PageView *m_view;
    Fit m_fit = Fit::Width;
    double m_scale = 1.0; // for Fit::None
};

} // namespace rebuttal
