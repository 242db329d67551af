#include "LegalBasisView.h"

#include "agreements/CaseFileCheck.h"

#include <QUrl>
#include <QUrlQuery>

namespace rebuttal {

namespace {

QString link(const EvidenceCitation &c)
{
    QUrl url;
    url.setScheme(QStringLiteral("cite"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("document"), c.document);
    query.addQueryItem(QStringLiteral("page"), QString::number(c.page));
    url.setQuery(query);
    const QString label = c.page > 0 ? LegalBasisView::tr("%1, page %2").arg(c.document).arg(c.page) : c.document;
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toString(QUrl::FullyEncoded), label.toHtmlEscaped());
}

} // namespace

LegalBasisView::LegalBasisView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("legalBasis"));
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const QUrlQuery query(url);
        Q_EMIT citationActivated(query.queryItemValue(QStringLiteral("document")), query.queryItemValue(QStringLiteral("page")).toInt());
    });
}

void LegalBasisView::showClient(CaseStore *store, const std::optional<Client> &client)
{
    clear();
    if (!store || !client)
        return;
    const std::optional<AgreementCheck> check = CaseFileCheck::engine(*store);
    if (!check)
        return;
    const CheckResult result = check->check({*client}, QDate::currentDate());
    QString html;
    if (check->registry().isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("No agreements on file: import the registry (File > Import Agreements) to check this client against it."));
    for (const Allegation &allegation : client->allegations) {
        html += QStringLiteral("<h4>%1 — %2</h4>").arg(allegation.ref.toHtmlEscaped(), shortName(allegation.source).toHtmlEscaped());
        for (const AllegationBasis &basis : result.bases) {
            if (basis.allegation != allegation.ref)
                continue;
            const QString text = AgreementCheck::basisDescription(basis);
            html += QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped());
        }
        html += QStringLiteral("<ul>");
        for (const AgreementFlag &flag : result.flags) {
            if (flag.allegation != allegation.ref)
                continue;
            QStringList facts{AgreementCheck::basisName(flag), AgreementCheck::statusName(flag)};
            if (!flag.event.isEmpty())
                facts.prepend(tr("decision %1").arg(flag.event));
            QString item = QStringLiteral("<b>%1</b> (%2)").arg(AgreementCheck::ruleDescription(flag.rule).toHtmlEscaped(),
                                                                facts.join(QStringLiteral(", ")).toHtmlEscaped());
            if (flag.clause)
                item += QStringLiteral("<br><i>%1</i>").arg(AgreementCheck::clauseText(flag).toHtmlEscaped());
            QStringList links;
            for (const EvidenceCitation &c : flag.evidence)
                links << link(c);
            if (!links.isEmpty())
                item += QStringLiteral("<br>") + links.join(QStringLiteral("; "));
            html += QStringLiteral("<li>%1</li>").arg(item);
        }
        html += QStringLiteral("</ul>");
    }
    setHtml(html);
}

} // namespace rebuttal
