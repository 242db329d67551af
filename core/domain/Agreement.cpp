#include "Agreement.h"

namespace rebuttal::AgreementCodes {

namespace {
QStringList split(const char *codes)
{
    return QString::fromLatin1(codes).split(QLatin1Char(' '));
}
} // namespace

QStringList kinds() { return split("MOC MOU MOA SOP ISAA LOI OTHER"); }
QStringList programs() { return split("SAFE TAG CHIS RED_NOTICE BIOMETRIC_SHARING NCIC OTHER"); }
QStringList agencies() { return split("DHS ICE CBP USCIS FBI OTHER"); }
QStringList decidingBodies() { return split("ICE CBP USCIS EOIR DOS OTHER"); }
QStringList covers() { return split("nationals any"); }
QStringList purposes() { return split("criminal_justice repatriation detention family_separation asylum"); }
QStringList useTerms() { return split("stated withheld absent"); }
QStringList disclosures() { return split("partner_authorization_required unrestricted unknown"); }
QStringList topics() { return split("purpose use disclosure term review other"); }

} // namespace rebuttal::AgreementCodes
