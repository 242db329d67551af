// Undoable corrections to detected redactions (Edit > Undo): each command changes the open store,
// a case file or a matter on a server, through its CorrectionWriter, and tells the Documents page
// what to reload. A box's change is saved against the version of the box the page was read at,
// and an undo or redo against the version this command's own last save left: a box a colleague
// changed meanwhile is refused (Conflict, "changed by USER at TIME"), left as they left it, and the
// refused command leaves the undo stack (the user reloads and makes the change again if still wanted).
#pragma once

#include "store/StoreError.h"

#include <QCoreApplication>
#include <QHash>
#include <QRectF>
#include <QStringList>
#include <QUndoCommand>

#include <functional>
#include <memory>
#include <optional>

namespace rebuttal {

class CorrectionWriter;
class OpenStore;

// What every correction needs: the open store, and whom to tell about a change or a refusal.
struct CorrectionContext
{
    std::function<OpenStore *()> store;
    std::function<void(qint64 documentId, int page)> changed;
    std::function<void(const StoreError &error, qint64 documentId, int page)> failed;
    // The version each box was left at by this window's own last save: an undo or redo is saved
    // against it (another command may have saved the same box since this one ran).
    std::shared_ptr<QHash<qint64, qint64>> savedVersions = std::make_shared<QHash<qint64, qint64>>();
};

// One box's correction: runs it against the version held, then holds the version it left.
class BoxCorrection
{
public:
    BoxCorrection(CorrectionContext context, qint64 documentId, int page, std::optional<qint64> readVersion);

    // Runs `work` with the store's writer and the version held; false when it failed or was refused
    // (said through the context). On success the box's new version is read and held.
    // `redactionId` is read after `work` (an added box has its id only then).
    bool run(const std::function<StoreError(CorrectionWriter &, std::optional<qint64> version)> &work, const qint64 &redactionId);

private:
    CorrectionContext m_context;
    qint64 m_documentId;
    int m_page;
    std::optional<qint64> m_version; // as the page was read, for the first run
    bool m_ran = false;
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
    BoxCorrection m_correction;
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
    // `readVersion`: the box's version when its page was read.
    RemoveBoxCommand(CorrectionContext context, qint64 documentId, int page, qint64 redactionId, qint64 readVersion);
    void redo() override;
    void undo() override;

private:
    BoxCorrection m_correction;
    qint64 m_id;
};

class SetCodesCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetCodesCommand)
public:
    SetCodesCommand(CorrectionContext context, qint64 documentId, int page, qint64 redactionId, qint64 readVersion,
                    const QStringList &codes);
    void redo() override;
    void undo() override;

private:
    BoxCorrection m_correction;
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
