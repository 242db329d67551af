// Undoable edits to client records (Edit > Undo): each edit replaces one client's whole record,
// so undo is writing the record as it was before. Small records make this cheap and exact.
#pragma once

#include "domain/CaseRecords.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>
#include <optional>

namespace rebuttal {

class OpenStore;

struct ClientEditContext
{
    std::function<OpenStore *()> store;
    // Called after a write with the ref to show (empty when the client is gone).
    std::function<void(const QString &ref)> changed;
    // The store's refusal; Kind::Conflict when someone else changed or deleted the client since it was read.
    std::function<void(const StoreError &error)> failed;
    // The row version of the client `ref` as this window knows it (read or last saved), which a
    // save is checked against; nullopt: no check. `saved` hears the version a save left.
    std::function<std::optional<qint64>(const QString &ref)> knownVersion;
    std::function<void(const QString &ref, qint64 version)> saved;
};

class SaveClientCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SaveClientCommand)

public:
    // `before` empty: the client is added; `after` empty: it is deleted. `text` names the edit,
    // marked with QT_TRANSLATE_NOOP("ActivityLog", ...): it is the undo text and, with the
    // client's ref, the activity log's detail, each shown in its reader's language.
    // Each write (the edit, its undo, its redo) is checked against the version the context
    // knows: a client someone else changed since is refused, never overwritten.
    SaveClientCommand(ClientEditContext context, std::optional<Client> before, std::optional<Client> after, const char *text);

    void redo() override;
    void undo() override;
    // False when the last redo/undo could not be written (the store refused it).
    bool succeeded() const { return m_succeeded; }
    // Writes the edit now; on success the command is ready for QUndoStack::push, whose first
    // redo() then does nothing. A refused edit never reaches the undo history.
    bool applyBeforePush();

private:
    bool write(const std::optional<Client> &from, const std::optional<Client> &to);

    ClientEditContext m_context;
    std::optional<Client> m_before;
    std::optional<Client> m_after;
    bool m_succeeded = false;
    bool m_skipRedo = false;
    const char *m_source;
};

} // namespace rebuttal
