// A client's "Legal basis" tab: for each allegation the agreement that governs it (or why none),
// and every flag of the agreement check with its rule in plain words, its basis, its status, the
// clause it quotes and a link to the production page.
#pragma once

#include "domain/CaseRecords.h"

#include <QTextBrowser>

#include <optional>

namespace rebuttal {

class CaseStore;

class LegalBasisView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit LegalBasisView(QWidget *parent = nullptr);

    // Runs the check for `client` as of today against the case file's registry.
    void showClient(CaseStore *store, const std::optional<Client> &client);

    Q_SIGNAL void citationActivated(const QString &document, int page);
};

} // namespace rebuttal
