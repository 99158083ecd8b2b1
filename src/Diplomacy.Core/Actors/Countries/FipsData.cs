namespace Diplomacy;

/// <summary>
/// The FIPS 10-4 country codes as GDELT uses them for its places: one entry per code, <c>FIPS=ISO</c> with the ISO
/// 3166-1 alpha-2 code of the catalogue's country it belongs to.
/// </summary>
/// <remarks>
/// <para>FIPS 10-4 (withdrawn by NIST in 2008, kept since by the US government's geographic names and by GDELT's
/// geocoder) gives many countries a code that differs from ISO's, sometimes one that ISO gives to another country:
/// FIPS <c>RS</c> is Russia (ISO <c>RU</c>), ISO <c>RS</c> is Serbia (FIPS <c>RI</c>). Where FIPS splits what ISO keeps
/// whole, every FIPS code of the parts belongs to the one ISO country (the Gaza Strip <c>GZ</c> and the West Bank
/// <c>WE</c> to Palestine; Svalbard <c>SV</c> and Jan Mayen <c>JN</c> to Svalbard and Jan Mayen; the US Pacific islands
/// to the US Minor Outlying Islands). Serbia keeps both its codes: <c>RB</c> (2006-2008) and <c>RI</c> (since).</para>
/// <para>Left out: the FIPS entities with no ISO country (Akrotiri <c>AX</c>, Dhekelia <c>DX</c>, the Spratly
/// <c>PG</c> and Paracel <c>PF</c> Islands, Clipperton <c>IP</c>, the Coral Sea <c>CR</c> and Ashmore and Cartier
/// <c>AT</c> Islands, the French Indian Ocean islands <c>BS</c>, <c>EU</c>, <c>GO</c>, <c>JU</c>, <c>TE</c>), and the
/// codes of former states whose holder changed over time (<c>YI</c>, Yugoslavia and then Serbia and Montenegro).</para>
/// <para>Sources: FIPS PUB 10-4 and its change notices, as listed in the CIA World Factbook's appendix of country
/// codes and GDELT's <c>FIPS.country.txt</c> lookup.</para>
/// </remarks>
internal static class FipsData
{
    internal static IEnumerable<(string Fips, string Alpha2)> Load() =>
        Table.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => (pair[..2], pair[3..]));

    private const string Table = """
        AA=AW AC=AG AE=AE AF=AF AG=DZ AJ=AZ AL=AL AM=AM AN=AD AO=AO AQ=AS AR=AR AS=AU AU=AT AV=AI AY=AQ
        BA=BH BB=BB BC=BW BD=BM BE=BE BF=BS BG=BD BH=BZ BK=BA BL=BO BM=MM BN=BJ BO=BY BP=SB BQ=UM BR=BR BT=BT
        BU=BG BV=BV BX=BN BY=BI
        CA=CA CB=KH CD=TD CE=LK CF=CG CG=CD CH=CN CI=CL CJ=KY CK=CC CM=CM CN=KM CO=CO CQ=MP CS=CR CT=CF CU=CU
        CV=CV CW=CK CY=CY
        DA=DK DJ=DJ DO=DM DQ=UM DR=DO
        EC=EC EG=EG EI=IE EK=GQ EN=EE ER=ER ES=SV ET=ET EZ=CZ
        FG=GF FI=FI FJ=FJ FK=FK FM=FM FO=FO FP=PF FQ=UM FR=FR FS=TF
        GA=GM GB=GA GG=GE GH=GH GI=GI GJ=GD GK=GG GL=GL GM=DE GP=GP GQ=GU GR=GR GT=GT GV=GN GY=GY GZ=PS
        HA=HT HK=HK HM=HM HO=HN HQ=UM HR=HR HU=HU
        IC=IS ID=ID IM=IM IN=IN IO=IO IR=IR IS=IL IT=IT IV=CI IZ=IQ
        JA=JP JE=JE JM=JM JN=SJ JO=JO JQ=UM
        KE=KE KG=KG KN=KP KQ=UM KR=KI KS=KR KT=CX KU=KW KV=XK KZ=KZ
        LA=LA LE=LB LG=LV LH=LT LI=LR LO=SK LQ=UM LS=LI LT=LS LU=LU LY=LY
        MA=MG MB=MQ MC=MO MD=MD MF=YT MG=MN MH=MS MI=MW MJ=ME MK=MK ML=ML MN=MC MO=MA MP=MU MQ=UM MR=MR MT=MT
        MU=OM MV=MV MX=MX MY=MY MZ=MZ
        NC=NC NE=NU NF=NF NG=NE NH=VU NI=NG NL=NL NN=SX NO=NO NP=NP NR=NR NS=SR NU=NI NZ=NZ
        OD=SS
        PA=PY PC=PN PE=PE PK=PK PL=PL PM=PA PO=PT PP=PG PS=PW PU=GW
        QA=QA
        RB=RS RE=RE RI=RS RM=MH RN=MF RO=RO RP=PH RQ=PR RS=RU RW=RW
        SA=SA SB=PM SC=KN SE=SC SF=ZA SG=SN SH=SH SI=SI SL=SL SM=SM SN=SG SO=SO SP=ES ST=LC SU=SD SV=SJ SW=SE
        SX=GS SY=SY SZ=CH
        TB=BL TD=TT TH=TH TI=TJ TK=TC TL=TK TN=TO TO=TG TP=ST TS=TN TT=TL TU=TR TV=TV TW=TW TX=TM TZ=TZ
        UC=CW UG=UG UK=GB UP=UA UR=SU US=US UV=BF UY=UY UZ=UZ
        VC=VC VE=VE VI=VG VM=VN VQ=VI VT=VA
        WA=NA WE=PS WF=WF WI=EH WQ=UM WS=WS WZ=SZ
        YM=YE
        ZA=ZM ZI=ZW
        """;
}
