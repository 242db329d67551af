#include "CorrectionCommands.h"

#include "store/CaseStore.h"
#include "store/ProductionCorrections.h"

namespace rebuttal {

namespace {

// Runs one correction and reports the outcome; a failure leaves the case file as it was.
void run(const CorrectionContext &context, qint64 documentId, int page, const std::function<StoreError(ProductionCorrections &)> &work)
{
    CaseStore *store = context.store();
    if (!store)
        return;
    ProductionCorrections corrections(*store);
    if (const StoreError error = work(corrections); error.isError()) {
        if (context.failed)
            context.failed(error.message);
        return;
    }
    if (context.changed)
        context.changed(documentId, page);
}

} // namespace

AddBoxCommand::AddBoxCommand(CorrectionContext context, qint64 documentId, int page, const QRectF &box, const QStringList &codes)
    : m_context(std::move(context))
    , m_documentId(documentId)
    , m_page(page)
    , m_box(box)
    , m_codes(codes)
{
    setText(tr("Draw Redaction Box"));
}

void AddBoxCommand::redo()
{
    run(m_context, m_documentId, m_page, [this](ProductionCorrections &c) {
        if (m_id)
            return c.restoreBox(m_id);
        StoreError error;
        m_id = c.addBox(m_documentId, m_page, m_box, m_codes, &error);
        return error;
    });
}

void AddBoxCommand::undo()
{
    run(m_context, m_documentId, m_page, [this](ProductionCorrections &c) { return c.removeBox(m_id); });
}

RemoveBoxCommand::RemoveBoxCommand(CorrectionContext context, qint64 documentId, int page, qint64 redactionId)
    : m_context(std::move(context))
    , m_documentId(documentId)
    , m_page(page)
    , m_id(redactionId)
{
    setText(tr("Delete Redaction Box"));
}

void RemoveBoxCommand::redo()
{
    run(m_context, m_documentId, m_page, [this](ProductionCorrections &c) { return c.removeBox(m_id); });
}

void RemoveBoxCommand::undo()
{
    run(m_context, m_documentId, m_page, [this](ProductionCorrections &c) { return c.restoreBox(m_id); });
}

SetCodesCommand::SetCodesCommand(CorrectionContext context, qint64 documentId, int page, qint64 redactionId, const QStringList &codes)
    : m_context(std::move(context))
    , m_documentId(documentId)
    , m_page(page)
    , m_id(redactionId)
    , m_codes(codes)
{
    setText(tr("Change Exemptions"));
}

void SetCodesCommand::redo()
{
    run(m_context, m_documentId, m_page, [this](ProductionCorrections &c) { return c.setCodes(m_id, m_codes, &m_previous); });
}

void SetCodesCommand::undo()
{
    run(m_context, m_documentId, m_page, [this](ProductionCorrections &c) { return c.setCodes(m_id, m_previous); });
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
    run(m_context, m_documentId, m_page, [&](ProductionCorrections &c) { return c.setWithheld(m_documentId, m_page, withheld); });
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
