/**
 * A pupil's-voice part that says only that the pupil was not heard ("Niet gesproken", "Nog
 * niet besproken met de leerling", "Not yet asked") describes no weighing of their view: it
 * counts as empty. A description ("Mees vertelde dat…; daarom…") is content. Folded text.
 */
export const NOT_HEARD = /^(met )?(de )?(leerling )?(is |werd |heeft )?(nog )?(niet|geen) (gesproken|gehoord|besproken|gevraagd|bevraagd|betrokken)\b[^.;]{0,50}\.?$|^(nog )?geen (gesprek|mening|inbreng)\b[^.;]{0,50}\.?$|^(not|never) (yet )?(heard|asked|spoken|discussed)\b[^.;]{0,50}\.?$/;
