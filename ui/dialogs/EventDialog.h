// Edits one event of a case: what happened and when, which allegations the decision relied on,
// and the production pages that prove it.
#pragma once

#include "domain/CaseRecords.h"

#include <QDialog>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;
class QVBoxLayout;

namespace rebuttal {

class EventDialog : public QDialog
{
    Q_OBJECT

public:
    // The page shown in the Documents page, as a citation, with words that describe it.
    struct ShownPage
    {
        EvidenceCitation citation;
        QString description;
    };
    using ShownPageSource = std::function<std::optional<ShownPage>()>;

    // `allegations`: the client's, for the relied-on list; `takenRefs`: the client's other event refs.
    EventDialog(const CaseEvent &event, const QList<Allegation> &allegations, const QStringList &takenRefs,
                ShownPageSource shownPage, QWidget *parent = nullptr);

    CaseEvent event() const;
    void accept() override;

    // For tests and the citation buttons.
    void addCitation(const EvidenceCitation &citation);
    void citeShownPage();
    QStandardItemModel *reliedOnModel() const { return m_reliedOn; }
    QStandardItemModel *evidenceModel() const { return m_evidence; }

private:
    void buildDecidedBy(const CaseEvent &event);
    // The allegations the event relied on, as a list to tick (or a note when there are none).
    QWidget *buildReliedOn(const CaseEvent &event, const QList<Allegation> &allegations);
    // The cited pages and the buttons that add and remove citations.
    QVBoxLayout *buildEvidence(const CaseEvent &event);
    QString problem() const;
    void askForCitation();

    CaseEvent m_event;
    QStringList m_takenRefs;
    ShownPageSource m_shownPage;
    QLineEdit *m_ref;
    QComboBox *m_type;
    QLineEdit *m_date;
    QPlainTextEdit *m_detail;
    QStandardItemModel *m_reliedOn;
    QStandardItemModel *m_evidence;
    QListView *m_evidenceView;
    QPushButton *m_citeShown;
    QLabel *m_problem;
    QComboBox *m_decidedBy = nullptr;
};

} // namespace rebuttal
