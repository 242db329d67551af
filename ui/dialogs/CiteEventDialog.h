// Picks which of a client's events a production page is evidence for.
#pragma once

#include "cases/CaseRecords.h"

#include <QDialog>

class QComboBox;

namespace rebuttal {

class CiteEventDialog : public QDialog
{
    Q_OBJECT

public:
    // `page` describes the page being cited ("production.pdf, page 4 (Bates ICE-000117)").
    CiteEventDialog(const Client &client, const QString &page, QWidget *parent = nullptr);

    // Index into client.events of the chosen event.
    int eventIndex() const;
    void setEventIndex(int index);

private:
    QComboBox *m_events;
};

} // namespace rebuttal
