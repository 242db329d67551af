#include "CorrectionCommands.h"

#include "store/CorrectionWriter.h"
#include "store/OpenStore.h"

namespace rebuttal {

namespace {

// Runs one correction and reports the outcome; a failure leaves the store as it was.
bool run(const CorrectionContext &context, qint64 documentId, int page, const std::function<StoreError(CorrectionWriter &)> &work)
{
    OpenStore *store = context.store();
    if (!store)
        return false;
    const std::unique_ptr<CorrectionWriter> corrections = store->corrections();
    if (const StoreError error = work(*corrections); error.isError()) {
        if (context.failed)
            context.failed(error, documentId, page);
        return false;
    }
    if (context.changed)
        context.changed(documentId, page);
    return true;
}

} // namespace

BoxCorrection::BoxCorrection(CorrectionContext context, qint64 documentId, int page, std::optional<qint64> readVersion)
    : m_context(std::move(context))
    , m_documentId(documentId)
    , m_page(page)
    , m_version(readVersion)
{
}

bool BoxCorrection::run(const std::function<StoreError(CorrectionWriter &, std::optional<qint64>)> &work, const qint64 &redactionId)
{
    QHash<qint64, qint64> &saved = *m_context.savedVersions;
    // The first run is saved against the box as the page showed it; an undo or redo against the
    // version this window's last save of the box left.
    const std::optional<qint64> version = m_ran && saved.contains(redactionId) ? std::optional<qint64>(saved.value(redactionId)) : m_version;
    const bool done = rebuttal::run(m_context, m_documentId, m_page, [&](CorrectionWriter &corrections) {
        if (const StoreError error = work(corrections, version); error.isError())
            return error;
        StoreError error;
        if (const std::optional<RowStamp> stamp = corrections.boxStamp(redactionId, &error))
            saved.insert(redactionId, stamp->version);
        return StoreError{};
    });
    m_ran = m_ran || done;
    return done;
}

AddBoxCommand::AddBoxCommand(CorrectionContext context, qint64 documentId, int page, const QRectF &box, const QStringList &codes)
    : m_correction(std::move(context), documentId, page, std::nullopt)
    , m_documentId(documentId)
    , m_page(page)
    , m_box(box)
    , m_codes(codes)
{
    setText(tr("Draw Redaction Box"));
}

void AddBoxCommand::redo()
{
    // A refused step leaves the undo stack: the store holds what the colleague made of the box.
    setObsolete(!m_correction.run(
        [this](CorrectionWriter &c, std::optional<qint64> version) {
            if (m_id)
                return c.restoreBox(m_id, version);
            StoreError error;
            m_id = c.addBox(m_documentId, m_page, m_box, m_codes, &error);
            return error;
        },
        m_id));
}

void AddBoxCommand::undo()
{
    setObsolete(!m_correction.run([this](CorrectionWriter &c, std::optional<qint64> version) { return c.removeBox(m_id, version); },
                                  m_id));
}

RemoveBoxCommand::RemoveBoxCommand(CorrectionContext context, qint64 documentId, int page, qint64 redactionId, qint64 readVersion)
    : m_correction(std::move(context), documentId, page, readVersion)
    , m_id(redactionId)
{
    setText(tr("Delete Redaction Box"));
}

void RemoveBoxCommand::redo()
{
    setObsolete(!m_correction.run([this](CorrectionWriter &c, std::optional<qint64> version) { return c.removeBox(m_id, version); },
                                  m_id));
}

void RemoveBoxCommand::undo()
{
    setObsolete(!m_correction.run([this](CorrectionWriter &c, std::optional<qint64> version) { return c.restoreBox(m_id, version); },
                                  m_id));
}

SetCodesCommand::SetCodesCommand(CorrectionContext context, qint64 documentId, int page, qint64 redactionId, qint64 readVersion,
                                 const QStringList &codes)
    : m_correction(std::move(context), documentId, page, readVersion)
    , m_id(redactionId)
    , m_codes(codes)
{
    setText(tr("Change Exemptions"));
}

void SetCodesCommand::redo()
{
    setObsolete(!m_correction.run(
        [this](CorrectionWriter &c, std::optional<qint64> version) { return c.setCodes(m_id, m_codes, &m_previous, version); }, m_id));
}

void SetCodesCommand::undo()
{
    setObsolete(!m_correction.run(
        [this](CorrectionWriter &c, std::optional<qint64> version) { return c.setCodes(m_id, m_previous, nullptr, version); }, m_id));
}

SetWithheldCommand::SetWithheldCommand(CorrectionContext context, qint64 documentId, int page, bool withheld)
    : m_context(std::move(context))
    , m_documentId(documentId)
    , m_page(page)
    , m_withheld(withheld)
{
    setText(withheld ? tr("Mark Page Withheld") : tr("Mark Page Not Withheld"));
}

void SetWithheldCommand::apply(bool withheld)
{
    // Pages carry no row version: marking one withheld is the same whoever marked it last.
    setObsolete(!run(m_context, m_documentId, m_page, [&](CorrectionWriter &c) { return c.setWithheld(m_documentId, m_page, withheld); }));
}

void SetWithheldCommand::redo()
{
    apply(m_withheld);
}

void SetWithheldCommand::undo()
{
    apply(!m_withheld);
}

} // namespace rebuttal
