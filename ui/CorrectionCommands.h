// Undoable corrections to detected redactions (Edit > Undo): each command changes the case file
// through ProductionCorrections and tells the Documents page what to reload.
#pragma once

#include <QCoreApplication>
#include <QRectF>
#include <QStringList>
#include <QUndoCommand>

#include <functional>

namespace rebuttal {

class CaseStore;

// What every correction needs: the case file, and whom to tell about a change or a failure.
struct CorrectionContext
{
    std::function<CaseStore *()> store;
    std::function<void(qint64 documentId, int page)> changed;
    std::function<void(const QString &message)> failed;
};

class AddBoxCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddBoxCommand)
public:
    AddBoxCommand(CorrectionContext context, qint64 documentId, int page, const QRectF &box, const QStringList &codes);
    void redo() override;
    void undo() override;
    qint64 redactionId() const { return m_id; }

private:
    CorrectionContext m_context;
    qint64 m_documentId;
    int m_page;
    QRectF m_box;
    QStringList m_codes;
    qint64 m_id = 0;
};

class RemoveBoxCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveBoxCommand)
public:
    RemoveBoxCommand(CorrectionContext context, qint64 documentId, int page, qint64 redactionId);
    void redo() override;
    void undo() override;

private:
    CorrectionContext m_context;
    qint64 m_documentId;
    int m_page;
    qint64 m_id;
};

class SetCodesCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetCodesCommand)
public:
    SetCodesCommand(CorrectionContext context, qint64 documentId, int page, qint64 redactionId, const QStringList &codes);
    void redo() override;
    void undo() override;

private:
    CorrectionContext m_context;
    qint64 m_documentId;
    int m_page;
    qint64 m_id;
    QStringList m_codes;
    QStringList m_previous;
};

class SetWithheldCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetWithheldCommand)
public:
    SetWithheldCommand(CorrectionContext context, qint64 documentId, int page, bool withheld);
    void redo() override;
    void undo() override;

private:
    void apply(bool withheld);
    CorrectionContext m_context;
    qint64 m_documentId;
    int m_page;
    bool m_withheld;
};

} // namespace rebuttal
