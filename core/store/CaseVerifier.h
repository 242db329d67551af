// The full check of a case file, which opening it does not make (opening reads the header and the
// schema only, so it costs the same whatever the file holds): SQLite's integrity check of every
// page and index, the foreign keys, and every stored file against its SHA-256.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace rebuttal {

// What a verifier of either store takes from its caller: where to report progress, and Cancel.
class VerifierControls
{
public:
    // Called after each step with the steps done and the total.
    void setProgress(std::function<void(int done, int total)> progress) { m_progress = std::move(progress); }
    // Checked between steps and while the store works; setting it stops the check.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

protected:
    bool cancelled() const { return m_cancel && m_cancel->load(); }
    void progress(int done, int total) const
    {
        if (m_progress)
            m_progress(done, total);
    }

private:
    std::function<void(int, int)> m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};

class CaseVerifier : public VerifierControls
{
    Q_DECLARE_TR_FUNCTIONS(CaseVerifier)

public:
    struct Report
    {
        bool finished = false;  // false when cancelled, or the file could not be read at all
        QStringList problems;   // what is damaged, one sentence each; empty when all is well
        int storedFiles = 0;    // productions and Vaughn indexes whose bytes were checked
        QStringList notChecked; // checks that could not run here and why, one sentence each (a server's
                                // amcheck without the privilege); not damage, but said
        bool isSound() const { return finished && problems.isEmpty(); }
    };

    // Opens its own read-only connection: it may run on any thread, beside an open CaseStore.
    explicit CaseVerifier(const QString &path);

    Report run();

private:
    QString m_path;
};

} // namespace rebuttal
