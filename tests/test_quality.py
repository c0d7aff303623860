"""Extraction quality, scored with the shared scorer against gold annotations. The floors are the
scores measured when they were set: they may only go up."""

from __future__ import annotations

import json

import pytest

from conftest import ROOT, gold_cases

# article id -> overall F1 floor (micro-averaged over people, organisations, relations, posts, literals)
FLOORS = {
    "000_79e68d3d9a482b0e": 1.00,
    "001_jiangxi-linen-expo-fenyi": 1.00,
    "002_cotton-textile-congress-wuxi": 0.96,
    "003_viatt-2024-hcm-city": 1.00,
    "101_huzhou-silk-industry-forum": 1.00,
    "102_haining-knitting-annual-conference": 0.96,
    "103_dhaka-textile-machinery-expo": 0.88,
    "104_wuhan-talent-cooperation-signing": 0.97,
    "105_ordos-cashmere-summit": 1.00,
    "106_nairobi-textile-sustainability-summit": 0.95,
    "107_xintang-denim-cluster-forum": 0.91,
    "108_medellin-apparel-sourcing-show": 0.80,
    "109_nanning-china-asean-textile-cooperation": 0.94,
    # round 3 of blind arrivals (docs/arrivals.md): 0.46, 0.57, 0.45, 0.71, 0.44 when they arrived
    "110_tiruppur-knitwear-agm": 0.89,
    "111_carolina-fiber-council-annual-meeting": 0.93,
    "112_innofibre-frankfurt-technical-textiles": 0.82,
    "113_faisalabad-textile-exports-seminar": 0.93,
    "114_denizli-lycus-home-textile-fair": 0.83,
    # round 4 (docs/arrivals.md): 0.57 0.70 0.55 0.68 0.54 when they arrived at 3f8bbfa
    "115_colombo-apparel-export-forum-awards": 0.85,
    "116_hawassa-textile-investment-forum": 0.94,
    "117_leeds-wool-futures-conference": 0.87,
    "118_phnom-penh-buyers-forum-wages": 0.79,
    "119_istanbul-denim-bosphorus-show": 0.78,
    # rounds 5 and 6: their arrival scores at 6a2c0c7
    "120_kano-cotton-garment-revival-summit": 0.89,
    "121_cairo-egypt-textile-gateway-exhibition": 0.84,
    "122_kuala-lumpur-batik-textile-trade-expo": 0.78,
    "123_sao-paulo-texmoda-brasil-fair": 0.84,
    "124_milan-trame-yarn-fibre-show": 0.88,
    "125_dhaka-rmg-dialogue-ldc-graduation": 0.89,
    "126_melbourne-wool-conference-awards-board": 0.82,
    "127_tokyo-functional-fabric-exhibition": 0.81,
    "128_tashkent-cotton-textile-cluster-forum": 0.86,
    "129_new-york-garment-safety-roundtable": 0.90,
    # round 7 (docs/arrivals.md): 0.84 0.37 0.74 0.53 0.54 when they arrived at 859b7db
    "130_hcm-city-textile-green-transition-conference": 0.94,
    "131_leon-expo-maquila-bajio-sourcing-fair": 0.72,
    "132_casablanca-textile-leather-national-meeting": 0.91,
    "133_valencia-hogartex-home-textiles-fair-report": 0.86,
    "134_maseru-skills-compliance-programme-launch": 0.74,
    # round 8: 0.40 0.62 0.56 0.60 0.53 when they arrived at 8849239
    "135_bandung-batik-go-export-programme-launch": 0.80,
    "136_amman-qiz-garment-workers-welfare-audit": 0.93,
    "137_montreal-sewn-products-alliance-agm-board": 0.87,
    "138_lalitpur-carpet-weavers-safety-wage-training": 0.82,
    "139_lodz-textilia-fair-closing-report": 0.79,
    # round 9: 0.57 0.45 0.58 0.51 0.59 at 8849239, before this session's rules; these at their arrival
    "140_arequipa-expo-camelidos-sur-fibre-fair": 0.80,
    "141_kumasi-1d1f-garment-factory-commissioned": 0.85,
    "142_manila-apparel-export-forum-speakers": 0.76,
    "143_los-angeles-garment-workers-town-hall-grant": 0.77,
    "144_frankfurt-textile-sustainability-summit-panel": 0.81,
    # round 10 (docs/arrivals.md): 0.42 0.53 0.71 0.69 0.47 when they arrived at 28bb166
    "145_monastir-textile-green-upgrade-programme-launch": 0.82,
    "146_cape-town-clothing-union-wage-agreement-statement": 0.70,
    "147_antananarivo-garment-exporters-forum-wire": 0.91,
    "148_daegu-textile-society-fall-conference": 0.85,
    "149_matosinhos-denim-weaver-exhibitor-release": 0.76,
    # round 11: 0.65 0.53 0.51 0.85 0.73 at 28bb166; 0.66 0.57 0.36 0.85 0.76 at d8797ef, this session's rules, unread
    "150_oradea-textile-b2b-days-chamber-newsletter": 0.80,
    "151_san-pedro-sula-textile-excellence-awards-gala": 0.76,
    "152_bishkek-kyrgyz-kazakh-garment-mou-signing": 0.68,
    "153_bangkok-apparel-exporters-agm-new-committee": 0.90,
    "154_kigali-east-africa-apparel-sourcing-virtual-summit": 0.82,
    # round 14 (docs/arrivals.md): 0.75 0.45 0 (extraction failed) 0.79 0.78 at 05ee71b; these after that fix
    "165_jinja-cotton-garment-value-chain-dialogue": 0.91,
    "166_galway-woven-in-ireland-conference-awards": 0.84,
    "167_mar-del-plata-argentine-textile-industry-congress": 0.81,
    "168_taipei-ftis-exhibitor-press-conference-bio-nylon": 0.88,
    "169_yangon-garment-heat-fire-safety-roundtable": 0.90,
    # round 15: 0.83 0.58 0.62 0.74 0.79 at 05ee71b, kept unread as the held-out round
    "170_bhubaneswar-odisha-textile-policy-investors-meet": 0.92,
    "171_utrecht-circular-textile-days-press-conference": 0.71,
    "172_wellington-fibre-futures-aotearoa-webinar-series": 0.72,
    "173_dar-es-salaam-textile-garment-investment-forum": 0.84,
    "174_ebene-mauritius-textile-exporters-agm-office-bearers": 0.89,
    # round 16: 0.76 0.82 0.59 0.67 0.63 at b25ff50 (this session's rules before it came), kept unread
    "175_liberec-texsci-textile-engineering-conference-sessions": 0.84,
    "176_dalton-georgia-carpet-yarn-plant-ribbon-cutting-workforce-grant": 0.84,
    "177_abidjan-women-weavers-fair-first-lady-opening": 0.78,
    "178_dubai-uae-circular-textiles-pledge-signing-ministry": 0.83,
    "179_suva-pacific-fashion-week-designers-sponsors": 0.80,
    # round 17: 0.45 0.75 0.61 0.74 0.63 at cab9184 (this session's rules before it came), kept unread
    "180_vienna-austrian-textile-association-annual-press-conference": 0.69,
    "181_nhlangano-eswatini-apparel-park-launch-pm-represented": 0.81,
    "182_ulaanbaatar-cashmere-association-general-meeting-board-election": 0.63,
    "183_san-salvador-maquila-union-congress-resolutions-officers": 0.85,
    "184_thessaloniki-textile-fashion-fair-closing-report": 0.73,
    # round 18: 0.74 0.77 0.73 0.70 0.60 at 14dbdad (before this session's rules), learnt from
    "185_karachi-home-textile-exporters-due-diligence-seminar": 0.94,
    "186_surat-mmf-vision-gujarat-conclave-press-note": 0.92,
    "187_chattogram-rmg-green-logistics-lead-time-workshop": 0.79,
    "188_ludhiana-knit-punjab-sourcing-fair-qa": 0.92,
    "189_washington-house-trade-subcommittee-textile-hearing": 0.75,
    # round 19: 0.52 0.53 0.48 0.45 0.90 at 14dbdad, kept unread as the held-out round
    "190_new-bedford-narrow-fabrics-union-local-strike-vote": 0.54,
    "191_lyon-technical-textiles-innovation-days-pfas-free": 0.70,
    "192_boras-nordic-textile-recycling-symposium-newsletter": 0.72,
    "193_prato-garment-workshop-strike-talks-prefecture-wire": 0.56,
    "194_cap-haitien-apparel-sector-dialogue-agency-release": 0.90,
    "195_coimbatore-spinning-mills-agm-office-bearers": 0.90,
    "196_lubbock-high-plains-cotton-outlook-forum": 0.80,
    "197_biella-lanatex-wool-fabric-fair-closing-report": 0.77,
    "198_dushanbe-textile-investment-forum-ministry-release": 0.89,
    "199_santiago-dr-free-zone-apparel-nearshoring-summit-wire": 0.82,
    "200_gazipur-garment-workers-federation-conference-statement": 0.78,
    "201_greenville-palmetto-fibers-innovation-summit-release": 0.86,
    "202_kortrijk-flax-hemp-innovation-day-trade-report": 0.80,
    "203_riyadh-saudi-garment-manufacturing-feature": 0.90,
    "204_lusaka-cotton-to-closet-value-chain-webinar": 0.93,
    "205_jaipur-hand-block-printing-conclave-ministry-press-note": 0.82,
    "206_charlotte-techtex-southeast-show-preview": 0.83,
    "207_herning-tekstil-nord-fair-exhibitors-report": 0.87,
    "208_mombasa-coast-apparel-investment-forum-kna-dispatch": 0.79,
    "209_da-nang-responsible-sourcing-forum-press-release": 0.93,
    "210_lahore-cotton-emergency-roundtable-participants": 0.47,
    "211_fall-river-university-textile-lab-opening-symposium": 0.56,
    "212_vilnius-sewing-knitting-association-agm-board-election": 0.67,
    "213_shymkent-light-industry-chamber-bulletin-cluster-forum": 0.75,
    "214_guatemala-city-apparel-nearshoring-webinar-recap": 0.85,
    # rounds 24 and 25 (docs/arrivals.md): 0.78 0.73 0.76 0.66 0.78 and 0.86 0.74 0.47 0.61 0.63 when they arrived at de932fc
    "215_panipat-home-furnishings-export-conclave-newspaper": 0.94,
    "216_greensboro-honduras-textile-trade-mission-mou-release": 0.77,
    "217_st-gallen-embroidery-lace-fair-press-conference-release": 0.88,
    "218_vientiane-garment-skills-programme-launch-ministry-release": 0.89,
    "219_el-mahalla-el-kubra-textile-syndicate-delegates-conference-statement": 0.90,
    "220_narayanganj-knit-efficiency-summit-trade-press": 0.88,
    "221_wilmington-bankruptcy-court-denim-mill-sale-hearing-wire": 0.78,
    "222_brussels-european-parliament-joint-committee-hearing-unsold-textiles": 0.52,
    "223_blumenau-knitwear-cross-border-ecommerce-feature": 0.69,
    "224_hong-kong-sustainable-apparel-awards-ceremony-release": 0.69,
    # rounds 26 and 27 (docs/arrivals.md): 0.56 0.74 0.42 0.85 0.70 and 0.49 0.46 0.59 0.66 0.65 when they arrived at 1321b13
    "225_jaffna-northern-apparel-jobs-seminar-newspaper": 0.91,
    "226_tupelo-industrial-sewing-apprenticeship-graduation-release": 0.82,
    "227_terrassa-textile-union-federation-congress-statement": 0.83,
    "228_aba-garment-makers-excellence-awards-night-newspaper": 0.91,
    "229_yogyakarta-natural-dyes-batik-symposium-university-news": 0.86,
    "230_ballari-denim-apparel-park-foundation-stone-mou-state-release": 0.76,
    "231_fort-payne-sock-knitting-apprenticeship-grant-city-news": 0.76,
    "232_tampere-nordloop-textiles-horizon-project-kick-off-meeting": 0.78,
    "233_tehuacan-denim-plant-strike-settlement-signing-wire": 0.68,
    "234_cotonou-chamber-newsletter-sourcing-benin-buyers-mission": 0.72,
    # round 28 (blind, 2026-12-07 fourth session): at arrival 0.51 0.60 0.57 0.62 0.65
    "235_sialkot-garments-sportswear-chamber-election-result-oath-taking": 0.73,
    "236_spartanburg-performance-knit-maker-annual-shareholders-meeting-results-release": 0.61,
    "237_como-silk-weaver-founder-obituary-funeral-tribute": 0.57,
    "238_atuntaqui-knitwear-workshops-chemical-safety-ngo-workshop-report": 0.68,
    "239_bahir-dar-turkish-knitwear-investors-delegation-visit-ministry-press-statement": 0.77,
    # round 29 (blind, 492ba93 arrival 0.634), at this session's rules
    "240_biratnagar-jute-fair-organizing-committee-gazette-notice": 0.73,
    "241_chattanooga-carpet-backing-maker-earnings-call-wire": 0.77,
    "242_hawick-holyrood-committee-borders-textiles-inquiry-report": 0.68,
    "243_asuncion-maquila-apparel-podcast-live-episode-show-notes": 0.70,
    "244_durban-workwear-fabric-mill-expo-exhibitor-release": 0.83,
    # rounds 30, 31 and 32 (blind, 2026-12-07 sixth session): at arrival 0.541, 0.766, 0.674 (docs/arrivals.md); these at this session's rules
    "245_tangail-handloom-owners-association-agm-minutes": 0.61,
    "246_lowell-narrow-fabrics-mill-mfg-day-open-house-linkedin-post": 0.76,
    "247_stip-textile-days-nearshoring-conference-programme-announcement": 0.82,
    "248_namangan-fergana-valley-textile-expo-closing-report": 0.84,
    "249_koudougou-women-weavers-centre-handover-embassy-news": 0.67,
    "250_bahawalpur-south-punjab-cotton-value-chain-conference-newspaper": 0.88,
    "251_lagrange-floorcovering-circularity-symposium-university-news": 0.81,
    "252_leskovac-garment-shop-stewards-conference-union-press-statement": 0.81,
    "253_montevideo-wool-excellence-awards-ceremony-report": 0.89,
    "254_blantyre-apparel-buyers-mission-cotton-mou-news-agency-wire": 0.81,
    "255_bhilwara-reverse-buyer-seller-meet-export-council-newsletter": 0.88,
    "256_valdese-towel-plant-hiring-fair-tv-station-web-story": 0.70,
    "257_varazdin-protective-workwear-plant-opening-company-press-release": 0.71,
    "258_tlemcen-minister-industry-denim-unit-inauguration-ministry-press-release": 0.57,
    "259_lospalos-tais-fair-natural-dye-training-cooperative-monthly-bulletin": 0.63,
    # round 33 (blind, 2026-12-07 sixth session, held out: numbers only): at arrival at 303db35 0.71 0.60 0.64 0.74 0.52 (0.640; 0.608 at d1a97df)
    "260_ichalkaranji-powerloom-safety-monitors-training-ngo-field-report": 0.73,
    "261_denver-outdoor-brand-supplier-summit-recap-blog": 0.63,
    "262_maribor-digital-product-passport-textiles-standards-workshop-report": 0.69,
    "263_cochabamba-tejiendo-cochabamba-garment-project-launch-development-bank-note": 0.75,
    "264_muscat-fashion-textile-institute-graduation-ceremony-report": 0.52,
    # round 34 (blind, 2026-12-08, learnt from): at arrival at 84af70a 0.86 0.50 0.61 0.55 0.63 (0.629)
    "265_karur-home-textiles-sourcing-show-opening-radio-news-bulletin-script": 0.86,
    "266_gastonia-city-council-textile-yarn-plant-incentive-public-hearing-meeting-minutes": 0.67,
    "267_sliven-regional-museum-textile-heritage-exhibition-opening-museum-press-release": 0.79,
    "268_kadoma-labour-court-textile-mill-retrenchment-ruling-court-report": 0.65,
    "269_ashgabat-textile-trade-mission-turkmenistan-itinerary-announcement": 0.72,
    # round 35 (blind, 2026-12-08, learnt from): at arrival at ccb9d4c 0.86 0.49 0.55 0.63 0.68 (0.641; 0.641 at 84af70a)
    "270_multan-cotton-ginners-spinners-convention-live-blog": 0.86,
    "271_paterson-textile-college-alumni-homecoming-panel-alumni-newsletter": 0.67,
    "272_tallinn-baltic-textile-newsletter-people-moves-appointments-column": 0.69,
    "273_segou-cotton-bogolan-fair-opening-photo-gallery": 0.70,
    "274_imabari-student-towel-design-competition-results-announcement": 0.74,
    # round 36 (blind, 2026-12-08, learnt from): at arrival at 2f86690 0.59 0.67 0.75 0.62 0.58 (0.645; 0.648 at 84af70a)
    "275_bhiwandi-powerloom-power-tariff-protest-rally-report": 0.71,
    "276_el-paso-border-apparel-sourcing-summit-magazine-qa-interview": 0.67,
    "277_durres-albanian-apparel-producers-open-letter-prime-minister-signatories": 0.75,
    "278_garoua-cotton-classing-fibre-testing-short-course-training-announcement": 0.62,
    "279_semarang-textile-mill-sustainability-report-launch-event-report": 0.61,
}


def score(scorer, built, article, gold_path):
    graph = scorer.load([built / "articles" / f"{article.stem}.ttl", *sorted((ROOT / "ontology").glob("*.ttl"))])
    result = scorer.score(graph, json.loads(gold_path.read_text(encoding="utf-8")))
    totals = [sum(v[i] for k, v in result.items() if k != "topics") for i in range(3)]
    return result, scorer.prf(*totals)


@pytest.mark.parametrize("article,gold", gold_cases(), ids=lambda p: p.stem)
def test_overall_f1_floor(scorer, built, article, gold):
    _, (_, _, f1) = score(scorer, built, article, gold)
    assert round(f1, 2) >= FLOORS[article.stem]


def test_every_article_has_a_floor():
    assert {a.stem for a, _ in gold_cases()} == set(FLOORS)


def test_seed_meets_the_foundation_targets(scorer, built):
    article, gold = gold_cases()[0]
    result, (_, _, f1) = score(scorer, built, article, gold)
    assert f1 >= 0.95
    for category in ("Person", "Organization", "relations", "posts", "literals"):
        assert scorer.prf(*result[category])[2] >= 0.90, category
    found, false_pos, _ = result["topics"]
    assert found >= 10
    assert found / (found + false_pos) >= 0.8


def test_dev_articles_meet_the_target(scorer, built):
    for article, gold in gold_cases()[1:4]:
        assert score(scorer, built, article, gold)[1][2] >= 0.75, article.stem
