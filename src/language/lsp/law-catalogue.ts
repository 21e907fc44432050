/**
 * Laws that come up again and again in the sociaal domein, offered by
 * completion after `wet`: a short name that is a valid Casus name, and the
 * official title that goes in the description.
 */
export interface KnownLaw {
    /** The name to write after `wet` (letters and digits only, so it parses). */
    name: string;
    /** The abbreviation as people say it, for the list and for filtering. */
    abbreviation: string;
    title: string;
}

export const KNOWN_LAWS: readonly KnownLaw[] = [
    { name: 'Wmo2015', abbreviation: 'Wmo 2015', title: 'Wet maatschappelijke ondersteuning 2015' },
    { name: 'Jeugdwet', abbreviation: 'Jeugdwet', title: 'Jeugdwet' },
    { name: 'Participatiewet', abbreviation: 'Pw', title: 'Participatiewet' },
    { name: 'Wgs', abbreviation: 'Wgs', title: 'Wet gemeentelijke schuldhulpverlening' },
    { name: 'Leerplichtwet1969', abbreviation: 'Leerplichtwet', title: 'Leerplichtwet 1969' },
    { name: 'WetPassendOnderwijs', abbreviation: 'Passend onderwijs', title: 'Wet passend onderwijs' },
    { name: 'Zvw', abbreviation: 'Zvw', title: 'Zorgverzekeringswet' },
    { name: 'Wlz', abbreviation: 'Wlz', title: 'Wet langdurige zorg' },
    { name: 'Wpg', abbreviation: 'Wpg', title: 'Wet publieke gezondheid' },
    { name: 'Wvggz', abbreviation: 'Wvggz', title: 'Wet verplichte geestelijke gezondheidszorg' },
    { name: 'Wzd', abbreviation: 'Wzd', title: 'Wet zorg en dwang psychogeriatrische en verstandelijk gehandicapte cliënten' },
    { name: 'Gemeentewet', abbreviation: 'Gemeentewet', title: 'Gemeentewet' },
    { name: 'AVG', abbreviation: 'AVG', title: 'Algemene verordening gegevensbescherming' },
    { name: 'UAVG', abbreviation: 'UAVG', title: 'Uitvoeringswet Algemene verordening gegevensbescherming' },
    { name: 'Awb', abbreviation: 'Awb', title: 'Algemene wet bestuursrecht' },
    { name: 'Wi2021', abbreviation: 'Wi 2021', title: 'Wet inburgering 2021' },
    { name: 'Woningwet', abbreviation: 'Woningwet', title: 'Woningwet' },
    { name: 'Wko', abbreviation: 'Wko', title: 'Wet kinderopvang' },
    { name: 'Wpo', abbreviation: 'WPO', title: 'Wet op het primair onderwijs' },
    { name: 'Wvo2020', abbreviation: 'WVO 2020', title: 'Wet voortgezet onderwijs 2020' },
    { name: 'Suwi', abbreviation: 'Wet SUWI', title: 'Wet structuur uitvoeringsorganisatie werk en inkomen' },
];
